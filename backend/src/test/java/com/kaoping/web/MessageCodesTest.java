package com.kaoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message code the sources name is in both message files, the files have the same codes, and the Chinese file
 * has no English sentence (docs/i18n.md). Codes built at run time (task.{key}, problem.title.{status}, …) are checked
 * for the values that occur.
 */
class MessageCodesTest {

    private static final Pattern CODE = Pattern.compile(
            "\"(?:must:)?((?:problem|explanation|notification|history|task|standard)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    @Test
    void everyCodeInTheSourcesHasBothTexts() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(zh.stringPropertyNames()).containsAll(used);
        for (String taskKey : Set.of(
                "selfAssessment",
                "departmentReview",
                "bonusDeclaration",
                "bonusEndorsement",
                "leadershipConfirmation",
                "publication",
                "objectionAnswer")) {
            assertThat(zh.stringPropertyNames()).contains("task." + taskKey);
        }
        // the standard importer names a clause's kind: standard.kind.{kind}
        for (String kind : Set.of("PER_UNIT", "FLAT", "ZERO_OUT", "VETO")) {
            assertThat(zh.stringPropertyNames()).contains("standard.kind." + kind);
        }
        for (String status : Set.of("400", "401", "403", "404", "405", "409", "415", "500", "503")) {
            assertThat(zh.stringPropertyNames()).contains("problem.title." + status, "problem.status." + status);
        }
    }

    @Test
    void theChineseFileSpeaksChinese() throws IOException {
        Properties zh = load("messages.properties");
        // codes and units that stay as they are: Content-Type, JSON, PDF, …
        Set<String> allowed = Set.of(
                "JSON",
                "Content",
                "Type",
                "application",
                "json",
                "multipart",
                "boundary",
                "true",
                "false",
                "PDF",
                "PNG",
                "JPEG",
                "GIF",
                "Office",
                "docx",
                "pptx",
                "yaml",
                "ACCOUNT",
                "ADDRESS",
                "OPERATOR",
                "kaoping",
                "engine",
                "break",
                "glass",
                "ISO",
                "P5D",
                "xlsx");
        for (String key : zh.stringPropertyNames()) {
            Matcher words =
                    Pattern.compile("[A-Za-z]{2,}").matcher(zh.getProperty(key).replaceAll("\\{[A-Za-z]+}", ""));
            while (words.find()) {
                assertThat(allowed).as(key + "=" + zh.getProperty(key)).contains(words.group());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageCodesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
