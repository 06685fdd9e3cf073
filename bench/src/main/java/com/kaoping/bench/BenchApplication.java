package com.kaoping.bench;

import com.kaoping.KaopingApplication;
import com.kaoping.support.MariaDbTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application for a benchmark: profile {@code mysql} with the demo organisation on a fresh MariaDB
 * database (like the integration tests'), web server on a random port, logging at WARN.
 */
final class BenchApplication {

    private BenchApplication() {}

    /** @param extra further command-line arguments (Spring properties), which override application-mysql.yml */
    static ConfigurableApplicationContext start(List<String> extra) {
        MariaDbTestDatabase db = MariaDbTestDatabase.createFresh(
                "bench_" + ProcessHandle.current().pid());
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--kaoping.demo-data=true",
                "--server.port=0",
                "--logging.level.root=WARN"));
        arguments.addAll(extra);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KaopingApplication.class)
                .profiles("mysql")
                .run(arguments.toArray(String[]::new));
        System.out.println("application started on database " + db.name());
        return app;
    }

    static String baseUrl(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }
}
