package com.kaoping.operations.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Serialises the start-up of nodes that share one database: taken before Flyway migrates (it is a database
 * initializer that runs first, see {@link StartupLockDetector}) and released once the application is ready, after
 * the engine has created its tables and deployed, and the start-up runners (bundled standard, bootstrap
 * administrator, identity mirror, demo data) have run. A node that starts while another holds it waits, then finds
 * everything there. MySQL/MariaDB's {@code GET_LOCK} belongs to one connection, held for the while; the embedded H2
 * database serves one node only and takes no lock. See docs/operations.md.
 */
@Component
class StartupLock implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    // lock names are server-wide: one per database; MySQL allows 64 characters
    private static final String NAME = "LEFT(CONCAT('kaoping.startup.', DATABASE()), 64)";

    private final DataSource dataSource;
    private final Duration timeout;
    private Connection held;

    StartupLock(DataSource dataSource, ClusterProperties properties) {
        this.dataSource = dataSource;
        this.timeout = properties.startupLockTimeout();
    }

    @Override
    public synchronized void afterPropertiesSet() throws SQLException {
        Connection connection = dataSource.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.equalsIgnoreCase("MySQL") && !product.equalsIgnoreCase("MariaDB")) {
            connection.close();
            return;
        }
        long started = System.nanoTime();
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?)")) {
            lock.setLong(1, Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    connection.close();
                    throw new IllegalStateException("Another node held the start-up lock for longer than " + timeout
                            + " (kaoping.cluster.startup-lock-timeout)");
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        held = connection;
        long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (waited > 1000) {
            log.info("Waited {} ms for another node's start-up", waited);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    void release() {
        releaseHeld();
    }

    @Override
    public void destroy() {
        releaseHeld();
    }

    private synchronized void releaseHeld() {
        if (held == null) {
            return;
        }
        try (Connection connection = held;
                PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(" + NAME + ")")) {
            release.executeQuery().close();
        } catch (SQLException e) {
            // closing the connection releases the lock all the same
            log.warn("Releasing the start-up lock: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
