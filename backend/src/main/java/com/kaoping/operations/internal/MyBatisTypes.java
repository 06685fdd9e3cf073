package com.kaoping.operations.internal;

import java.time.Instant;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kaoping's own MyBatis type handlers, for every mapper. */
@Configuration(proxyBeanMethods = false)
class MyBatisTypes {

    @Bean
    ConfigurationCustomizer instantTypeHandler() {
        return configuration ->
                configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
    }
}
