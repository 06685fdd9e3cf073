package com.kaoping.org.internal;

import com.kaoping.org.Role;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation of the README (eight branches and one user per role and department, password
 * {@code demo}), created on start-up where {@code kaoping.demo-data=true}: the embedded default only.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "kaoping.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoOrganisation implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final int BRANCH_COUNT = 8;
    private static final List<String> DEPARTMENTS = List.of("ORG", "PUB", "DISC", "PROD", "SEC", "UNION");
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final BranchMapper branches;
    private final UserMapper users;
    private final PasswordEncoder encoder;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin") != null) {
            return;
        }
        String hash = encoder.encode(DEMO_PASSWORD);
        users.insert(new UserRow("admin", hash, "系统管理员", Role.ADMIN, null, null));
        users.insert(new UserRow("leader", hash, "领导小组", Role.LEADER, null, "LEAD"));
        for (String department : DEPARTMENTS) {
            users.insert(new UserRow(
                    "reviewer-" + department.toLowerCase(),
                    hash,
                    department + " 审核员",
                    Role.REVIEWER,
                    null,
                    department));
        }
        for (int i = 1; i <= BRANCH_COUNT; i++) {
            String code = "B%02d".formatted(i);
            if (!branches.exists(code)) {
                branches.insert(code, "第" + "一二三四五六七八".charAt(i - 1) + "党总支");
            }
            users.insert(new UserRow("branch%02d".formatted(i), hash, code + " 填报人", Role.BRANCH, code, null));
        }
        log.info(
                "Demo organisation created: users admin, leader, reviewer-*, branch01..branch08 (password '{}')",
                DEMO_PASSWORD);
    }
}
