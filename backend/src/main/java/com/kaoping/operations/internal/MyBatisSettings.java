package com.kaoping.operations.internal;

import java.time.Instant;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kaoping's own MyBatis settings, for every mapper: how rows are built and how instants are read. */
@Configuration(proxyBeanMethods = false)
class MyBatisSettings {

    @Bean
    ConfigurationCustomizer kaopingMyBatisSettings() {
        return configuration -> {
            configuration.setObjectFactory(new AccessibleObjectFactory());
            configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        };
    }
}
