package org.parallax.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's accessibility rules, from the {@code org.webjars.npm:axe-core} jar) on the
 * page a browser shows. The script is injected through WebDriver, not served by Parallax, so the
 * pages' Content-Security-Policy stays as strict as readers get it.
 */
public final class Axe {
    private static final String SCRIPT = load();

    private Axe() {
    }

    /** One rule broken on the page: its id, impact, help text and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    /** The violations of impact "serious" or "critical" on the current page (WCAG 2 A and AA rules, and best practices). */
    public static List<Violation> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.axe.run(document, {resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return {rule: v.id, impact: v.impact || '', help: v.help,
                              targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                    }));
                  })
                  .catch(function (e) { done('axe failed: ' + e); });
                """);
        if (!(result instanceof List<?> list)) {
            throw new AssertionError(String.valueOf(result));
        }
        List<Violation> serious = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> v = (Map<?, ?>) item;
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(new Violation(String.valueOf(v.get("rule")), impact, String.valueOf(v.get("help")),
                        ((List<?>) v.get("targets")).stream().map(String::valueOf).toList()));
            }
        }
        return serious;
    }

    private static String load() {
        String version = version();
        String path = "/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream in = Axe.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core webjar (org.webjars.npm:axe-core) is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
