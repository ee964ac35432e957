package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's promises: help everywhere, usage mistakes in one line with exit code 2. */
class CommandLineTest {

    @Test
    void everyCommandAndSubcommandPrintsItsHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(Map.of()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(20);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run run = run(args.toArray(String[]::new));
            assertThat(run.code).as("%s --help", path).isZero();
            assertThat(run.out).as("%s --help", path).startsWith("Usage: parallax " + String.join(" ", path))
                    .contains("-h, --help");
            assertThat(run.err).isEmpty();
        }
    }

    @Test
    void theMainHelpListsEveryCommandWithAWholeSentence() {
        Run run = run("--help");
        assertThat(run.code).isZero();
        for (String line : run.out.lines().toList()) {
            // A command's line (or its wrapped continuation) ends a sentence, never mid-phrase.
            if (line.startsWith("  ") && !line.strip().startsWith("-") && line.length() < 90) {
                assertThat(line.strip()).as(line).matches(".*[.):]$");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stories --bogus", "serve --port x", "serve --role nope", "import", "bogus",
            "outlets add --name X", "eval brief"})
    void aUsageMistakeIsOneLineAndExitCode2(String command) {
        Run run = run(command.split(" "));
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).startsWith("parallax: ").contains("--help");
        assertThat(run.out).isEmpty();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> here = new ArrayList<>(path);
            here.add(name);
            paths.add(here);
            collect(sub, here, paths);
        });
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
