package com.kaoping;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.org.UserDirectory;
import com.kaoping.standard.StandardCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default as `run` starts it: file-based H2 in MySQL mode, demo data. Started twice on the same
 * files, since the second start is where Flyway/Camunda ordering and H2 flags used to break.
 */
@Tag("own-engine")
class EmbeddedStartupSmokeTest {

    @Test
    void startsTwiceOnTheSameDataFolder() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "smoke-data");
        for (int start = 1; start <= 2; start++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KaopingApplication.class)
                    .run(
                            "--server.port=0",
                            "--kaoping.data-dir=" + dataDir.toAbsolutePath(),
                            "--logging.level.root=WARN",
                            // Camunda registers engines by name in a JVM-wide registry; a second "default" would
                            // unregister the shared test context's engine on close
                            "--camunda.bpm.process-engine-name=smoke")) {
                assertThat(app.getBean(StandardCatalog.class).active().code()).isEqualTo("DZZ-2021");
                assertThat(app.getBean(UserDirectory.class).findByUsername("branch08"))
                        .isPresent();
                assertThat(app.getBean(IdentityService.class)
                                .createUserQuery()
                                .userId("reviewer-union")
                                .count())
                        .isEqualTo(1);
            }
        }
    }
}
