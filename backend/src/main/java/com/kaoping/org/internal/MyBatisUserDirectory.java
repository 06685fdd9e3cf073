package com.kaoping.org.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class MyBatisUserDirectory implements UserDirectory {

    private final UserMapper users;

    MyBatisUserDirectory(UserMapper users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(users.findByUsername(username)).map(UserRow::toAccount);
    }

    @Override
    public Optional<UserCredentials> findCredentials(String username) {
        return Optional.ofNullable(users.findByUsername(username))
                .map(row -> new UserCredentials(row.toAccount(), row.passwordHash));
    }

    @Override
    public List<UserAccount> listAll() {
        return users.listAll().stream().map(UserRow::toAccount).toList();
    }
}
