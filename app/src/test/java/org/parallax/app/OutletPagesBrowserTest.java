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
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.web.WebServer;

/**
 * Opens outlet pages, the outlet index and a story page in headless Chromium over the real
 * pipeline, with one outlet registered as state media, and checks the labels a reader sees.
 */
class OutletPagesBrowserTest {
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
        parallax.db().registry().seed(List.of(new OutletEntry("Center Wire", "centerwire.example",
                "https://centerwire.example/", "RU", new Rating(0.25, "Parallax editors' starting estimate"),
                new Rating(0.9, "Parallax editors' starting estimate"), false, Ownership.STATE, List.of())),
                clock.instant());
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
    void storyPageShowsAStateMediaBadgeBesideTheOutletsCredits() {
        StorySummary transit = parallax.db().stories().latest(10, 0).stream()
                .filter(s -> s.articleCount() == 5).findFirst().orElseThrow();
        browser.get(base + "/stories/" + transit.id());
        WebElement sources = browser.findElement(By.cssSelector("section.coverage ul.sources"));
        List<WebElement> items = sources.findElements(By.tagName("li"));
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            boolean centerWire = item.getText().startsWith("Center Wire");
            assertThat(item.findElements(By.cssSelector(".badge-state"))).hasSize(centerWire ? 1 : 0);
            if (centerWire) {
                assertThat(item.findElement(By.cssSelector(".badge-state")).getText()).isEqualTo("State media");
                assertThat(item.findElement(By.cssSelector(".badge-country")).getText()).isEqualTo("RU");
            }
        }
        assertThat(items).anySatisfy(item -> assertThat(item.getText()).startsWith("Center Wire"));
    }

    @Test
    void outletIndexFiltersByOwnershipAndLeadsToTheOutletPage() {
        browser.get(base + "/outlets");
        int all = browser.findElements(By.cssSelector("tr.outlet-row")).size();
        assertThat(all).isGreaterThanOrEqualTo(3);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("ownership"))).selectByValue("state");
        browser.findElement(By.cssSelector("form.outlet-filter button")).click();
        assertThat(browser.getCurrentUrl()).contains("ownership=state");
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.outlet-row"));
        assertThat(rows).hasSizeLessThan(all).allSatisfy(row -> assertThat(row.getText()).contains("State media"));
        WebElement centerWire = rows.stream().filter(row -> row.getText().contains("Center Wire")).findFirst().orElseThrow();
        centerWire.findElement(By.linkText("Center Wire")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Center Wire", "State media");
        assertThat(browser.findElement(By.cssSelector("dd.ownership")).getText()).startsWith("State media");
        assertThat(browser.findElement(By.cssSelector("dd.country")).getText()).isEqualTo("RU");
        assertThat(browser.findElement(By.cssSelector("dd.paywall")).getText()).isEqualTo("Free to read");
        assertThat(browser.findElement(By.cssSelector("section.scale")).getText())
                .contains("-1 to +1", "does not mean neutral");
        assertThat(browser.findElement(By.cssSelector("p.method")).getText())
                .contains("Parallax editors' starting estimate");
    }
}
