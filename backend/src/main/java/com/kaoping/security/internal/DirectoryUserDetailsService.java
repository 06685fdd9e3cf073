package com.kaoping.security.internal;

import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of Kaoping's users: one authority ROLE_<role> each. Also stores a stronger hash of a password
 * whose hash is of an older encoding (BCrypt), after a successful sign-in with it.
 */
@Service
record DirectoryUserDetailsService(UserDirectory directory) implements UserDetailsService, UserDetailsPasswordService {
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

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        directory.upgradePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
