package org.parallax.app;

import org.parallax.pipeline.testing.TestModel;
import org.parallax.pipeline.testing.Fixtures;
import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.CommandFlags;
import org.parallax.app.config.ConfigReader;
import org.parallax.app.config.ParallaxConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.parallax.app.browser.Axe;
import org.parallax.app.browser.HeadlessChromium;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutletPagesBrowserTest {
    private Parallax parallax;
    private WebServer server;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start(@TempDir Path tempDir) throws Exception {
        HeadlessChromium.requireInstalled();
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
        chromium = HeadlessChromium.start(tempDir.resolve("chromium-profile"));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
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
        assertThat(Axe.seriousViolations(browser)).as("a story page with badges").isEmpty();
    }

    @Test
    void outletIndexFiltersByOwnershipAndLeadsToTheOutletPage() {
        browser.get(base + "/outlets");
        assertThat(Axe.seriousViolations(browser)).as("/outlets").isEmpty();
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
        assertThat(Axe.seriousViolations(browser)).as("the outlet page").isEmpty();
    }
}
