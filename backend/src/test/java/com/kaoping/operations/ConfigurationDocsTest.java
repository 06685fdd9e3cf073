package com.kaoping.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kaoping.* setting has a description in its metadata and a line in docs/configuration.md; every kaoping.*
 * placeholder the sources read ({@code @Value("${kaoping.…}")}, application.yml) is in that metadata, so a setting
 * read with {@code @Value} cannot stay undocumented.
 */
class ConfigurationDocsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(kaoping\\.[a-z0-9.-]+)[:}]");

    @Test
    void everySettingIsDescribedAndDocumented() throws IOException {
        JsonNode metadata = metadata();
        String docs = docs();
        List<String> names = new ArrayList<>();
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asText();
            if (!name.startsWith("kaoping.")) {
                continue;
            }
            names.add(name);
            assertThat(property.path("description").asText()).as(name).isNotBlank();
            assertThat(docs).as(name + " in docs/configuration.md").contains("`" + name + "`");
        }
        assertThat(names)
                .contains(
                        "kaoping.time-zone",
                        "kaoping.cycle.opening-batch-size",
                        "kaoping.mail.enabled",
                        "kaoping.sign-in.delays",
                        "kaoping.session.absolute-lifetime",
                        "kaoping.report.zone",
                        "kaoping.engine.break-glass");
    }

    @Test
    void everySettingTheSourcesReadIsInTheMetadata() throws IOException {
        Set<String> described = new TreeSet<>();
        metadata().path("properties").forEach(p -> described.add(p.path("name").asText()));
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src", "main", "java")), Files.walk(Path.of("src", "main", "resources")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".java") || f.toString().endsWith(".yml"))
                    .toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertThat(read)
                .contains("kaoping.sign-in.window", "kaoping.session.absolute-lifetime", "kaoping.report.cjk-font");
        assertThat(described).as("kaoping.* placeholders without metadata").containsAll(read);
    }

    /** Spring Boot's own settings that Kaoping's security depends on (docs/security.md) are documented too. */
    @Test
    void theBootSettingsSecurityDependsOnAreDocumented() throws IOException {
        assertThat(docs())
                .contains("`server.servlet.session.timeout`")
                .contains("`server.tomcat.remoteip.internal-proxies`")
                .contains("`server.forward-headers-strategy`");
    }

    private JsonNode metadata() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String docs() throws IOException {
        return Files.readString(Path.of("..", "docs", "configuration.md"));
    }
}
