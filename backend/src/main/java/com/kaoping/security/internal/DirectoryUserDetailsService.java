package com.kaoping.security.internal;

import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of Kaoping's users: one authority ROLE_<role> each. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;

    DirectoryUserDetailsService(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserCredentials credentials =
                directory.findCredentials(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(credentials.account().username())
                .password(credentials.passwordHash())
                .roles(credentials.account().role().name())
                .disabled(!credentials.account().enabled())
                .build();
    }
}
