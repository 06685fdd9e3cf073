package com.kaoping.workflow.internal;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for database initialisation (Flyway): otherwise Camunda may create its tables
 * first and Flyway then refuses a non-empty schema without its history table. Registered in spring.factories.
 */
public class EngineAfterFlywayDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
    }
}
