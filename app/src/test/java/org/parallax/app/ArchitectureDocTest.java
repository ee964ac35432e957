package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module table of docs/ARCHITECTURE.md held against the compiled main code: for each module, the
 * modules of ours its "depends on" column names are exactly the ones its classes use, and every
 * module of the code has its row. Module = package root: {@code org.parallax.NAME..} is module NAME.
 */
class ArchitectureDocTest {
    private static final Path DOC = Path.of("..", "docs", "ARCHITECTURE.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\|([^|]*)\\|\\s*$");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static Map<String, Set<String>> used;

    @BeforeAll
    static void readTheCode() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new ArchitectureTest.NoTestJars())
                .importPackages("org.parallax");
        used = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = module(c);
            Set<String> targets = used.computeIfAbsent(from, m -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().startsWith("org.parallax.") && !module(target).equals(from)) {
                    targets.add(module(target));
                }
            }
        }
    }

    @Test
    void theModuleTableNamesEachModulesDependenciesExactly() throws IOException {
        Map<String, Set<String>> documented = documented();
        assertThat(documented.keySet()).as("modules with a row in the table").isEqualTo(used.keySet());
        for (String module : used.keySet()) {
            assertThat(documented.get(module)).as("the modules of ours that %s depends on", module)
                    .isEqualTo(used.get(module));
        }
    }

    /** Each row's module and the modules of ours its last column names ("all": every other module). */
    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Set<String> named = new TreeSet<>();
            Matcher word = WORD.matcher(row.group(2));
            while (word.find()) {
                if (used.containsKey(word.group())) {
                    named.add(word.group());
                }
            }
            out.put(row.group(1), named);
        }
        return out;
    }

    private static String module(JavaClass c) {
        return c.getPackageName().split("\\.")[2];
    }
}
