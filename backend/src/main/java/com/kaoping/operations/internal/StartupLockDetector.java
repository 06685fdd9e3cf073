package com.kaoping.operations.internal;

import java.util.Collections;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Makes {@link StartupLock} a database initializer ordered before every other (Flyway's), so that Flyway, and the
 * engine after it, run only once this node holds the lock. Registered in META-INF/spring.factories.
 */
public class StartupLockDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Collections.singleton(StartupLock.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
