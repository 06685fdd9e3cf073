package com.kaoping;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KaopingApplication {

    public static void main(String[] args) {
        SpringApplication.run(KaopingApplication.class, args);
    }
}
