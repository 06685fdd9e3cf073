package com.kaoping.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away database on the MariaDB/MySQL server for integration tests, reached over TCP through MySQL
 * Connector/J. Defaults fit this kind of machine (server on 127.0.0.1:3306); override with KAOPING_TEST_DB_HOST,
 * KAOPING_TEST_DB_PORT, KAOPING_TEST_DB_USER, KAOPING_TEST_DB_PASSWORD. When the test user does not exist yet on
 * a local server, it is created through the server's socket as root (`mariadb -uroot`), which only root on the
 * same machine can do.
 */
public final class MariaDbTestDatabase {

    static final String HOST = env("KAOPING_TEST_DB_HOST", "127.0.0.1");
    static final String PORT = env("KAOPING_TEST_DB_PORT", "3306");
    static final String USER = env("KAOPING_TEST_DB_USER", "kaoping_test");
    static final String PASSWORD = env("KAOPING_TEST_DB_PASSWORD", "kaoping_test");
    /** Test databases are named with this prefix; the test user may only touch those. */
    static final String PREFIX = "kaoping_it_";

    private final String name;

    private MariaDbTestDatabase(String name) {
        this.name = name;
    }

    /** Creates a fresh, empty database and drops it when the JVM exits. */
    public static MariaDbTestDatabase createFresh(String suffix) {
        ensureTestUser();
        MariaDbTestDatabase db = new MariaDbTestDatabase(PREFIX + suffix);
        db.execute(
                "DROP DATABASE IF EXISTS " + db.name,
                "CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        Runtime.getRuntime().addShutdownHook(new Thread(db::dropQuietly));
        return db;
    }

    public String name() {
        return name;
    }

    public String url() {
        return serverUrl(name) + "&nullDatabaseMeansCurrent=true";
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    private void dropQuietly() {
        try {
            execute("DROP DATABASE IF EXISTS " + name);
        } catch (RuntimeException ignored) {
            // the server may already be gone at JVM exit; the next run drops it first anyway
        }
    }

    private void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(serverUrl(""), USER, PASSWORD);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL at " + HOST + ":" + PORT + " refused: " + e.getMessage(), e);
        }
    }

    private static String serverUrl(String database) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + database
                + "?characterEncoding=UTF-8&serverTimezone=UTC&useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static synchronized void ensureTestUser() {
        try (Connection ignored = DriverManager.getConnection(serverUrl(""), USER, PASSWORD)) {
            return;
        } catch (SQLException e) {
            if (!HOST.equals("127.0.0.1") && !HOST.equals("localhost")) {
                throw new IllegalStateException("Cannot sign in to MariaDB/MySQL at " + HOST + " as " + USER, e);
            }
        }
        String grant = "GRANT ALL PRIVILEGES ON `" + PREFIX.replace("_", "\\_") + "%`.* TO ";
        StringBuilder sql = new StringBuilder();
        for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ")
                    .append(account)
                    .append(" IDENTIFIED BY '")
                    .append(PASSWORD)
                    .append("';")
                    .append(grant)
                    .append(account)
                    .append(';');
        }
        runAsRoot(sql.toString());
    }

    private static void runAsRoot(String sql) {
        try {
            Process p = new ProcessBuilder("mariadb", "-uroot", "-e", sql)
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("Creating the test user through `mariadb -uroot` failed: "
                        + new String(p.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No MariaDB client to create the test user; create " + USER
                            + " yourself or set KAOPING_TEST_DB_USER/PASSWORD",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
