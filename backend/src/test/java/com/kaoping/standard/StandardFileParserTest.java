package com.kaoping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.scoring.Standard;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading standard files: YAML and JSON in, malformed or unknown content refused with its place. */
class StandardFileParserTest {

    private final StandardFileParser parser = new StandardFileParser();

    @Test
    void parsesTheShippedFileFromAStream() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(StandardFileParser.BUNDLED_RESOURCE)) {
            assertThat(in).isNotNull();
            Standard s = parser.parse(in, "dzz-2021.yaml");
            assertThat(s.code()).isEqualTo("DZZ-2021");
            assertThat(s.primaries()).hasSize(8);
        }
    }

    @Test
    void readsJsonToo() throws Exception {
        String json = new ObjectMapper().writeValueAsString(StandardFileParser.loadBundled());
        // the records' derived accessors are not fields of the file format
        json = json.replaceAll(",\"capped\":(true|false)", "").replaceAll(",\"totalPoints\":[0-9.]+", "");
        Standard s = parser.parse(json, "dzz-2021.json");
        assertThat(s).isEqualTo(StandardFileParser.loadBundled());
    }

    @Test
    void refusesMalformedYamlNamingSourceAndLine() {
        String yaml = "code: DZZ-2021\nversion: 1\nname: [unclosed\nyear: 2021\n";
        assertThatThrownBy(() -> parser.parse(yaml, "broken.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageStartingWith("broken.yaml: ")
                .hasMessageContaining("line ");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        String yaml = bundledYaml().replaceFirst("\n    department: ORG\n", "\n    department: ORG\n    owner: ORG\n");
        assertThatThrownBy(() -> parser.parse(yaml, "dzz-2021.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageStartingWith("dzz-2021.yaml: line " + lineOf(yaml, "    owner: ORG") + ", column")
                .hasMessageContaining("at primaries[0].owner")
                .hasMessageContaining("unknown field \"owner\"");
    }

    @Test
    void refusesAnUnquotedClauseId() {
        String yaml = bundledYaml().replace("{id: \"31.4\",", "{id: 31.4,");
        assertThatThrownBy(() -> parser.parse(yaml, "dzz-2021.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageContaining("line " + lineOf(yaml, "{id: 31.4,") + ", column")
                .hasMessageContaining(
                        "at primaries[2].secondaries[0].items[0].rules[0].clauses[3].id: must be quoted text");
    }

    @Test
    void refusesADuplicateKey() {
        String yaml = bundledYaml().replaceFirst("\nyear: 2021\n", "\nyear: 2021\nyear: 2022\n");
        assertThatThrownBy(() -> parser.parse(yaml, "dzz-2021.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageContaining("line 7")
                .hasMessageContaining("Duplicate field 'year'");
    }

    @Test
    void refusesAMissingList() {
        String yaml = "code: X\nversion: 1\nname: X\nyear: 2021\ngrades:\n";
        assertThatThrownBy(() -> parser.parse(yaml, "tiny.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageStartingWith("tiny.yaml: ");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> parser.parse("", "empty.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessage("empty.yaml: is empty");
    }

    @Test
    void parsedButInvalidStandardsAreRefusedNamingTheSource() {
        String yaml = bundledYaml()
                .replaceFirst(
                        "\n  - name: \"党的领导\"\n    category: 基本考核项\n    points: 10\n",
                        "\n  - name: \"党的领导\"\n    category: 基本考核项\n    points: 11\n");
        assertThatThrownBy(() -> parser.parse(yaml, "dzz-2021.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageStartingWith("dzz-2021.yaml: 2 problems: ")
                .hasMessageContaining("primaries[0] 党的领导: secondary points add up to 10, not 11")
                .hasMessageContaining("primaries: points add up to 101, not 100");
    }

    /** 1-based number of the first line containing {@code text}. */
    private static int lineOf(String content, String text) {
        return (int) content.substring(0, content.indexOf(text))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    private static String bundledYaml() {
        try (InputStream in = StandardFileParserTest.class
                .getClassLoader()
                .getResourceAsStream(StandardFileParser.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
