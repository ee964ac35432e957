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
import org.parallax.store.StoryRepository.StorySummary;
import org.parallax.web.WebServer;
import org.parallax.web.view.StoryPage;

/**
 * Opens story pages in headless Chromium (Debian's chromium and chromium-driver) served by the
 * real server over the real pipeline, and checks what a reader sees: the facts with their credits,
 * the sentence each credited outlet says it in, and a developing story shown as one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPageBrowserTest {
    private static final String DEVELOPING_TITLE = "Ashby school board delays vote on new term dates";

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
        Importer importer = new Importer(parallax.db(), clock);
        for (String fixture : List.of("two-stories.jsonl", "one-outlet-story.jsonl")) {
            importer.importFile(Fixtures.copy(fixture, tempDir), new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                }

                @Override
                public void skipped(String location, String reason) {
                    throw new AssertionError("fixture line skipped: " + location + ": " + reason);
                }
            });
        }
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

    @Test
    void aDevelopingStoryShowsItsArticlesAndAPlainNoteNotABrief() {
        browser.get(base + "/");
        assertThat(browser.findElements(By.cssSelector("a.story-title")).stream().map(WebElement::getText))
                .as("not listed on the front page").doesNotContain(DEVELOPING_TITLE);
        StorySummary developing = parallax.db().stories().latest(org.parallax.core.publish.StoryStatus.DEVELOPING, 10, 0)
                .stream().filter(s -> s.articleCount() == 1).findFirst().orElseThrow();

        browser.get(base + "/stories/" + developing.id());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(DEVELOPING_TITLE);
        assertThat(browser.findElement(By.cssSelector("p.meta .status")).getText()).isEqualTo("developing");
        assertThat(browser.findElement(By.cssSelector("section.developing h2")).getAttribute("textContent")).isEqualTo("Developing story");
        assertThat(browser.findElement(By.cssSelector("p.developing-note")).getText()).isEqualTo(StoryPage.DEVELOPING_NOTE);
        assertThat(browser.findElements(By.cssSelector("section.facts, li.fact, details.evidence, section.narratives")))
                .as("no brief pretending to be one").isEmpty();
        List<WebElement> sources = browser.findElements(By.cssSelector("section.coverage ul.sources li"));
        assertThat(sources).hasSize(1);
        assertThat(sources.getFirst().getText()).startsWith("Left Ledger").contains(DEVELOPING_TITLE);
        assertThat(sources.getFirst().findElement(By.linkText(DEVELOPING_TITLE)).getAttribute("href"))
                .isEqualTo("https://leftledger.example/education/ashby-term-dates");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void axeFindsNoSeriousViolationOnAStoryWithItsEvidenceOpen() {
        StorySummary transit = parallax.db().stories().latest(10, 0).stream()
                .filter(s -> s.articleCount() == 5).findFirst().orElseThrow();
        browser.get(base + "/stories/" + transit.id());
        browser.findElements(By.cssSelector("details.evidence summary")).forEach(WebElement::click);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
