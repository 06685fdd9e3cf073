package com.kaoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser loads the front end as native ES modules (docs/frontend.md): one import of a file that is not there
 * and the page stays blank, with nothing but a 404 in the console. This reads every module's relative imports and
 * fails on one that names no file, long before a browser test times out waiting for the sign-in form.
 */
class FrontendModulesTest {

    private static final Path APP = Path.of("..", "frontend", "src", "main", "resources", "static", "app");
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bfrom\\s+|\\bimport\\s*\\(\\s*|^\\s*import\\s+)'(\\.{1,2}/[^']+)'", Pattern.MULTILINE);

    @Test
    void everyRelativeImportNamesAnExistingModule() throws IOException {
        List<String> broken = new ArrayList<>();
        int imports = 0;
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    imports++;
                    Path target = file.getParent().resolve(m.group(1)).normalize();
                    if (!Files.isRegularFile(target)) {
                        broken.add(APP.relativize(file) + " imports " + m.group(1));
                    }
                }
            }
        }
        assertThat(imports)
                .as("imports found (the pattern still matches the code)")
                .isGreaterThan(50);
        assertThat(broken).isEmpty();
    }

    /**
     * A name declared twice at a module's top level is a SyntaxError that stops the whole module, and with it every
     * page that imports it (two merged branches each adding their own helper of the same name did exactly that).
     */
    @Test
    void noModuleDeclaresATopLevelNameTwice() throws IOException {
        Pattern declaration = Pattern.compile(
                "^(?:export\\s+)?(?:(?:async\\s+)?function\\*?|const|let|var|class)\\s+([A-Za-z_$][\\w$]*)",
                Pattern.MULTILINE);
        List<String> twice = new ArrayList<>();
        int declarations = 0;
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                Set<String> seen = new HashSet<>();
                Matcher m = declaration.matcher(Files.readString(file));
                while (m.find()) {
                    declarations++;
                    if (!seen.add(m.group(1))) {
                        twice.add(APP.relativize(file) + " declares " + m.group(1) + " twice");
                    }
                }
            }
        }
        assertThat(declarations)
                .as("declarations found (the pattern still matches the code)")
                .isGreaterThan(50);
        assertThat(twice).isEmpty();
    }
}
