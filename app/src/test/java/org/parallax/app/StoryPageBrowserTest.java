package org.parallax.app;

import org.parallax.pipeline.testing.TestModel;
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ConfigReader;
import org.parallax.app.config.ParallaxConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parallax.pipeline.imports.ImportListener;
import org.parallax.pipeline.imports.ImportProgress;
import org.parallax.pipeline.imports.Importer;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.web.WebServer;

/**
 * Opens a story page in headless Chromium (Debian's chromium and chromium-driver) served by the
 * real server over the real pipeline, and checks what a reader sees.
 */
class StoryPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tempDir;

    private Parallax parallax;
    private WebServer server;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if ("true".equals(System.getenv("PARALLAX_REQUIRE_BROWSER"))) {
                throw new AssertionError(why + ", and PARALLAX_REQUIRE_BROWSER=true");
            }
            Assumptions.abort(why + ": skipping the browser test");
        }
        InstantSource clock = InstantSource.fixed(Instant.parse("2026-03-07T00:00:00Z"));
        ParallaxConfig config = ConfigReader.read(java.util.Map.of(), new CommandFlags(tempDir.resolve("data"), 0, "127.0.0.1", false));
        parallax = Parallax.open(config, clock, TestModel.embedder());
        new Importer(parallax.db(), clock).importFile(Fixtures.copy("two-stories.jsonl", tempDir), new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
            }

            @Override
            public void skipped(String location, String reason) {
                throw new AssertionError("fixture line skipped: " + location + ": " + reason);
            }
        });
        parallax.pipeline().runOnce();
        server = new WebServer(parallax.db());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tempDir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (parallax != null) {
            parallax.close();
        }
    }

    @Test
    void storyPageShowsFactsEachWithItsOutlets() {
        browser.get(base + "/");
        List<WebElement> stories = browser.findElements(By.cssSelector("a.story-title"));
        assertThat(stories).hasSize(2);

        StorySummary transit = parallax.db().stories().latest(10, 0).stream()
                .filter(s -> s.articleCount() == 5).findFirst().orElseThrow();
        browser.findElement(By.cssSelector("a[href='/stories/" + transit.id() + "']")).click();

        Brief brief = parallax.db().briefs().find(transit.id()).orElseThrow();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(brief.title());
        List<WebElement> facts = browser.findElements(By.cssSelector("li.fact"));
        assertThat(facts).hasSize(brief.facts().size()).isNotEmpty();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = brief.facts().get(i);
            WebElement shown = facts.get(i);
            assertThat(shown.getText()).startsWith(fact.text());
            List<String> outlets = shown.findElements(By.cssSelector("a.source")).stream()
                    .map(WebElement::getText).toList();
            assertThat(outlets).containsExactlyElementsOf(
                    fact.sources().stream().map(s -> s.label()).toList());
            assertThat(shown.findElement(By.cssSelector("a.source")).getAttribute("href"))
                    .isEqualTo(fact.sources().getFirst().url());
        }
        assertThat(browser.findElement(By.cssSelector("section.coverage")).getText())
                .contains("Left Ledger", "Center Wire", "Right Herald");
    }

    @Test
    void aCreditShowsItsSupportingSentenceOnDemand() {
        StorySummary transit = parallax.db().stories().latest(10, 0).stream()
                .filter(s -> s.articleCount() == 5).findFirst().orElseThrow();
        Brief brief = parallax.db().briefs().find(transit.id()).orElseThrow();
        int index = 0;
        while (index < brief.facts().size() && brief.facts().get(index).sources().size() < 2) {
            index++;
        }
        assertThat(index).as("a fact credited to a second outlet").isLessThan(brief.facts().size());
        Fact fact = brief.facts().get(index);
        var credit = fact.sources().get(1);
        assertThat(credit.sentence()).isNotBlank();

        browser.get(base + "/stories/" + transit.id());
        WebElement shown = browser.findElements(By.cssSelector("li.fact")).get(index);
        WebElement evidence = shown.findElement(By.cssSelector("details.evidence"));
        assertThat(evidence.getAttribute("open")).isNull();
        assertThat(evidence.findElement(By.cssSelector("q.sentence")).isDisplayed()).isFalse();

        evidence.findElement(By.tagName("summary")).click();

        List<WebElement> credits = evidence.findElements(By.cssSelector("li.credit"));
        assertThat(credits).hasSize(fact.sources().size());
        WebElement second = credits.get(1);
        assertThat(second.isDisplayed()).isTrue();
        assertThat(second.findElement(By.cssSelector("a.credit-outlet")).getText()).isEqualTo(credit.label());
        assertThat(second.findElement(By.cssSelector("q.sentence")).getText()).isEqualTo(credit.sentence());
        assertThat(second.findElement(By.cssSelector("a.credit-outlet")).getAttribute("href")).isEqualTo(credit.url());
    }
}
