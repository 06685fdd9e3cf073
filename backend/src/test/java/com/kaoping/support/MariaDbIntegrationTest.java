package com.kaoping.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real HTTP port, on a fresh MariaDB/MySQL database
 * through Connector/J, with the demo organisation. Every subclass shares one Spring context (same configuration),
 * so keep subclasses free of their own context customisation.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kaoping.demo-data=true", "logging.level.root=WARN"})
@ActiveProfiles("mysql")
public abstract class MariaDbIntegrationTest {

    private static final MariaDbTestDatabase DATABASE = MariaDbTestDatabase.createFresh(
            Long.toString(ProcessHandle.current().pid()));

    @LocalServerPort
    protected int port;

    @Autowired
    protected com.fasterxml.jackson.databind.ObjectMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
    }

    /** An HTTP client signed in (HTTP Basic) as a demo user, or anonymous with {@code null}. */
    protected ApiClient as(String username) {
        return as(username, "demo");
    }

    protected ApiClient as(String username, String password) {
        return new ApiClient("http://localhost:" + port, username, password, json);
    }

    /** An HTTP client that authenticates with a personal API token. */
    protected ApiClient withToken(String token) {
        return ApiClient.bearer("http://localhost:" + port, token, json);
    }

    protected ApiClient anonymous() {
        return as(null);
    }
}
