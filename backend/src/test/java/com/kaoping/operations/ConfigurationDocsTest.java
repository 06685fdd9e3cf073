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
import org.junit.jupiter.api.Test;

/** Every kaoping.* setting has a description in its metadata and a line in docs/configuration.md. */
class ConfigurationDocsTest {

    @Test
    void everySettingIsDescribedAndDocumented() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
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
        assertThat(names).contains("kaoping.time-zone", "kaoping.cycle.opening-batch-size", "kaoping.mail.enabled");
    }
}
