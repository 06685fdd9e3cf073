package com.kaoping.operations.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anonymous callers of /actuator/health see {@code {"status":"UP"}} and nothing else: Actuator would list the
 * health groups' names (liveness, readiness) to anyone. Their paths are documented in docs/operations.md. Needs
 * management.endpoints.jackson.isolated-object-mapper=false, so that Actuator writes with the application's
 * ObjectMapper, where this module is registered.
 */
@Configuration(proxyBeanMethods = false)
class HealthWithoutGroups {

    @JsonIgnoreProperties("groups")
    interface NoGroups {}

    @Bean
    Module healthWithoutGroupsModule() {
        return new SimpleModule("health-without-groups").setMixInAnnotation(SystemHealth.class, NoGroups.class);
    }
}
