package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process: a port in use and a data directory in use are one line each (start-up logs
 * included, three lines at most, no URL, no stack trace), and SIGTERM stops the server quickly.
 */
class ServeProcessTest {
    private static final Pattern RUNNING = Pattern.compile("running: http://localhost:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void failuresAreOneLineAndSigtermStopsWithinFiveSeconds() throws Exception {
        Process server = start("serve", "--role", "web", "--port", "0", "--data", dir.resolve("a").toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            while (port < 0 && (line = out.readLine()) != null) {
                Matcher m = RUNNING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertThat(port).isPositive();
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);

            List<String> portInUse = runToEnd("serve", "--role", "web", "--port", String.valueOf(port),
                    "--data", dir.resolve("b").toString());
            assertOneLineFailure(portInUse, "port " + port + " on localhost is in use");

            List<String> dataInUse = runToEnd("import", "--no-pipeline", "--data", dir.resolve("a").toString(),
                    dir.resolve("none.jsonl").toString());
            assertOneLineFailure(dataInUse, "is in use by another Parallax process");

            long before = System.nanoTime();
            server.destroy(); // SIGTERM
            assertThat(server.waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s of SIGTERM").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(5000);
        } finally {
            server.destroyForcibly();
        }
    }

    private static void assertOneLineFailure(List<String> output, String expected) {
        assertThat(output.getLast()).as("%s", output).isEqualTo("exit 1");
        List<String> lines = output.subList(0, output.size() - 1);
        assertThat(lines).as("%s", output).hasSizeLessThanOrEqualTo(3)
                .anySatisfy(l -> assertThat(l).startsWith("parallax: ").contains(expected))
                .noneSatisfy(l -> assertThat(l).containsAnyOf("jdbc:", "Exception", "\tat "));
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the launcher's java -jar, whose manifest allows native access (Enable-Native-Access)
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PARALLAX_FORECASTS_LIVE", "off");
        builder.environment().put("PARALLAX_POLL", "off");
        return builder.start();
    }

    /** Every line the process wrote (standard output and error), then "exit N". */
    private static List<String> runToEnd(String... args) throws Exception {
        Process process = start(args);
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        lines.add("exit " + process.exitValue());
        return lines;
    }
}
