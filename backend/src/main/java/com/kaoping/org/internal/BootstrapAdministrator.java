package com.kaoping.org.internal;

import com.kaoping.org.Role;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from configuration (kaoping.bootstrap-admin.*) when no ADMIN exists,
 * so a production database never starts with a default password.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserMapper users;
    private final PasswordEncoder encoder;
    private final BootstrapAdminProperties properties;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.countByRole(Role.ADMIN) > 0) {
            return;
        }
        String username = properties.username();
        String password = properties.password();
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists: set KAOPING_ADMIN_USERNAME and KAOPING_ADMIN_PASSWORD to create one");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("kaoping.bootstrap-admin.password must have at least 12 characters");
        }
        users.insert(new UserRow(username, encoder.encode(password), "系统管理员", Role.ADMIN, null, null));
        log.info("Created the first administrator '{}'", username);
    }
}
