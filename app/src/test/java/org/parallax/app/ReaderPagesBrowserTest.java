package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.app.browser.ReaderEdition.BRIEF;
import static org.parallax.app.browser.ReaderEdition.CRITICAL;
import static org.parallax.app.browser.ReaderEdition.ESTABLISHMENT;
import static org.parallax.app.browser.ReaderEdition.LEFT;
import static org.parallax.app.browser.ReaderEdition.LOADED;
import static org.parallax.app.browser.ReaderEdition.LONG_READ;
import static org.parallax.app.browser.ReaderEdition.OLD;
import static org.parallax.app.browser.ReaderEdition.RIGHT;
import static org.parallax.app.browser.ReaderEdition.TITLES;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parallax.app.browser.Axe;
import org.parallax.app.browser.HeadlessChromium;
import org.parallax.app.browser.ReaderEdition;
import org.parallax.search.SearchIndex;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;
import org.parallax.web.WebServer;
import org.w3c.dom.NodeList;

/**
 * The reader's pages in headless Chromium, over an edition written for them ({@link ReaderEdition}):
 * each slider changes the front page's mix live, the split screen puts two sides side by side,
 * search finds a story and says plainly when it finds none, the feeds linked from the page answer
 * with their types and every story, and axe-core finds no serious accessibility violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesBrowserTest {
    private Database db;
    private SearchIndex index;
    private WebServer server;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start(@TempDir Path tempDir) {
        HeadlessChromium.requireInstalled();
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        ReaderEdition.write(db);
        index = SearchIndex.inMemory();
        server = new WebServer(db, InstantSource.fixed(ReaderEdition.NOW), index);
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
        if (index != null) {
            index.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void forgetSettings() {
        browser.get(base + "/static/parallax.css");
        browser.manage().deleteAllCookies();
    }

    @Test
    void neutralSlidersShowEveryStoryNewestFirst() {
        browser.get(base + "/");
        assertThat(titles()).containsExactlyElementsOf(TITLES);
        assertThat(browser.findElement(By.cssSelector("article.lead a.story-title")).getText()).isEqualTo(LOADED);
    }

    @Test
    void leftRightSliderBringsEachSidesStoryToTheTop() {
        browser.get(base + "/");
        slide("s-lr", Keys.END);
        awaitMix("lr=3", titles -> titles.getFirst().equals(RIGHT));
        assertThat(browser.findElement(By.cssSelector("output[for='s-lr']")).getText()).isEqualTo("3");
        slide("s-lr", Keys.HOME);
        awaitMix("lr=-3", titles -> titles.getFirst().equals(LEFT));
    }

    @Test
    void establishmentSliderBringsCriticalOrAlignedCoverageToTheTop() {
        browser.get(base + "/");
        slide("s-est", Keys.END);
        awaitMix("est=3", titles -> titles.getFirst().equals(ESTABLISHMENT));
        slide("s-est", Keys.HOME);
        awaitMix("est=-3", titles -> titles.getFirst().equals(CRITICAL));
    }

    @Test
    void nuanceSliderPushesLoadedLanguageDown() {
        browser.get(base + "/");
        slide("s-nuance", Keys.END);
        List<String> shown = awaitMix("nuance=3", titles -> !titles.getFirst().equals(LOADED));
        assertThat(shown).hasSameElementsAs(TITLES);
        assertThat(shown.indexOf(LOADED)).as("below every story of the same day").isEqualTo(TITLES.size() - 2);
    }

    @Test
    void depthSliderFavoursLongReadsOrBriefs() {
        browser.get(base + "/");
        slide("s-depth", Keys.END);
        awaitMix("depth=3", titles -> titles.getFirst().equals(LONG_READ));
        slide("s-depth", Keys.HOME);
        awaitMix("depth=-3", titles -> titles.getFirst().equals(BRIEF));
    }

    @Test
    void recencySliderDropsOldStoriesAtBreakingAndKeepsThemWhenEvergreen() {
        browser.get(base + "/");
        slide("s-recency", Keys.END);
        List<String> breaking = awaitMix("recency=3", titles -> !titles.contains(OLD));
        assertThat(breaking).containsExactlyElementsOf(TITLES.subList(0, TITLES.size() - 1));
        slide("s-recency", Keys.HOME);
        assertThat(awaitMix("recency=0", titles -> titles.contains(OLD))).hasSameElementsAs(TITLES);
    }

    @Test
    void topicMixShowsOnlyTheTickedTopics() {
        browser.get(base + "/");
        browser.findElement(By.cssSelector("input[name='topics'][value='science']")).click();
        awaitMix("topics=science", titles -> titles.equals(List.of(LONG_READ)));
        browser.findElement(By.cssSelector("input[name='topics'][value='culture']")).click();
        awaitMix("topics=science%2Cculture", titles -> titles.equals(List.of(BRIEF, LONG_READ, OLD)));
    }

    @Test
    void aSettingIsRememberedAndItsLinkShowsTheSameMix() {
        browser.get(base + "/");
        slide("s-lr", Keys.END);
        awaitMix("lr=3", titles -> titles.getFirst().equals(RIGHT));
        String share = browser.findElement(By.cssSelector("#sliders a.share")).getAttribute("href");
        assertThat(share).contains("lr=3");

        browser.get(base + "/");
        assertThat(titles().getFirst()).as("remembered in a cookie").isEqualTo(RIGHT);
        assertThat(browser.findElement(By.id("s-lr")).getAttribute("value")).isEqualTo("3");

        browser.manage().deleteAllCookies();
        browser.get(share);
        assertThat(titles().getFirst()).as("the shared link, without the cookie").isEqualTo(RIGHT);
        browser.findElement(By.linkText("Reset")).click();
        assertThat(titles()).containsExactlyElementsOf(TITLES);
    }

    @Test
    void splitScreenShowsTwoSidesSideBySideAndSwaps() {
        browser.get(base + "/");
        browser.findElement(By.linkText("Split screen")).click();
        List<WebElement> columns = browser.findElements(By.cssSelector("div.split > section.column"));
        assertThat(columns).hasSize(2);
        Rectangle first = columns.get(0).getRect();
        Rectangle second = columns.get(1).getRect();
        assertThat(first.getY()).as("both columns start on the same line").isEqualTo(second.getY());
        assertThat(first.getX() + first.getWidth()).as("the first column ends before the second begins")
                .isLessThanOrEqualTo(second.getX());
        assertThat(first.getWidth()).isGreaterThan(HeadlessChromium.WIDTH / 4);
        assertThat(columns.get(0).findElement(By.tagName("h2")).getAttribute("textContent").strip()).isEqualTo("Left");
        assertThat(columns.get(1).findElement(By.tagName("h2")).getAttribute("textContent").strip()).isEqualTo("Right");
        assertThat(storyTitles(columns.get(0))).contains(LEFT).doesNotContain(RIGHT);
        assertThat(storyTitles(columns.get(1))).contains(RIGHT).doesNotContain(LEFT);

        browser.findElement(By.cssSelector("a.swap")).click();
        columns = browser.findElements(By.cssSelector("div.split > section.column"));
        assertThat(columns.get(0).findElement(By.tagName("h2")).getAttribute("textContent").strip()).isEqualTo("Right");
        assertThat(storyTitles(columns.get(0))).contains(RIGHT);
        assertThat(browser.getCurrentUrl()).contains("swap=1");

        browser.findElement(By.cssSelector("a.other-axis")).click();
        columns = browser.findElements(By.cssSelector("div.split > section.column"));
        assertThat(columns.stream().map(c -> c.findElement(By.tagName("h2")).getAttribute("textContent").strip()))
                .containsExactlyInAnyOrder("Critical", "Pro-establishment");
    }

    @Test
    void searchFindsASeededStoryAndSaysPlainlyWhenNothingMatches() {
        browser.get(base + "/");
        browser.findElement(By.linkText("Search")).click();
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("observatory survey", Keys.ENTER);
        List<WebElement> results = browser.findElements(By.cssSelector("ol.results li.result"));
        assertThat(results).hasSize(1);
        assertThat(results.getFirst().findElement(By.cssSelector("a.story-title")).getText()).isEqualTo(LONG_READ);
        assertThat(results.getFirst().findElement(By.cssSelector("p.snippet mark")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".no-results"))).isEmpty();
        results.getFirst().findElement(By.cssSelector("a.story-title")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(LONG_READ);

        browser.get(base + "/search");
        browser.findElement(By.id("q")).sendKeys("zeppelin", Keys.ENTER);
        assertThat(browser.findElements(By.cssSelector("li.result"))).isEmpty();
        WebElement none = browser.findElement(By.cssSelector("p.no-results"));
        assertThat(none.isDisplayed()).isTrue();
        assertThat(none.getText()).isEqualTo("No stories match “zeppelin”.");
    }

    @Test
    void feedsLinkedFromThePageAnswerWithTheirTypesAndEveryStory() throws Exception {
        browser.get(base + "/");
        String atom = browser.findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"))
                .getAttribute("href");
        String rss = browser.findElement(By.cssSelector("head link[rel='alternate'][type='application/rss+xml']"))
                .getAttribute("href");
        assertThat(footerLink("Atom feed")).isEqualTo(atom);
        assertThat(footerLink("RSS feed")).isEqualTo(rss);
        String json = footerLink("JSON API");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> atomFeed = fetch(http, atom);
        assertThat(atomFeed.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        assertThat(xmlTexts(atomFeed.body(), "http://www.w3.org/2005/Atom", "entry", "title"))
                .containsExactlyInAnyOrderElementsOf(TITLES);

        HttpResponse<byte[]> rssFeed = fetch(http, rss);
        assertThat(rssFeed.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        assertThat(xmlTexts(rssFeed.body(), null, "item", "title")).containsExactlyInAnyOrderElementsOf(TITLES);

        HttpResponse<byte[]> api = fetch(http, json);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode stories = new ObjectMapper().readTree(api.body()).get("stories");
        List<String> apiTitles = new ArrayList<>();
        stories.forEach(s -> apiTitles.add(s.get("title").asText()));
        assertThat(apiTitles).containsExactlyInAnyOrderElementsOf(TITLES);
    }

    @Test
    void axeFindsNoSeriousViolationOnTheReadersPages() {
        long story = db.stories().latest(20, 0).stream().filter(s -> s.title().equals(LEFT)).findFirst()
                .orElseThrow().id();
        long outlet = db.outlets().all().getFirst().id();
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        for (String path : List.of("/", "/?lr=3&topics=politics", "/topics/business", "/stories/" + story,
                "/split", "/stories/" + story + "/split", "/blindspot", "/map", "/outlets", "/outlets/" + outlet,
                "/search", "/search?q=transit", "/search?q=zeppelin", "/status")) {
            browser.get(base + path);
            List<Axe.Violation> violations = Axe.seriousViolations(browser);
            if (!violations.isEmpty()) {
                found.put(path, violations);
            }
        }
        assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }

    private void slide(String id, Keys key) {
        browser.findElement(By.id(id)).sendKeys(key);
    }

    /** Waits for the live sliders to rewrite the address and the story list, and returns the titles shown. */
    private List<String> awaitMix(String parameter, Predicate<List<String>> expected) {
        List<String>[] shown = new List[1];
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "after " + parameter + " the front page shows " + shown[0])
                .until(b -> {
                    shown[0] = titles();
                    return b.getCurrentUrl().contains(parameter) && expected.test(shown[0]);
                });
        return shown[0];
    }

    private List<String> titles() {
        return storyTitles(browser.findElement(By.id("stories")));
    }

    private static List<String> storyTitles(WebElement within) {
        return within.findElements(By.cssSelector("a.story-title")).stream().map(WebElement::getText).toList();
    }

    private String footerLink(String text) {
        return browser.findElement(By.cssSelector("footer.site")).findElement(By.linkText(text)).getAttribute("href");
    }

    private static HttpResponse<byte[]> fetch(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response;
    }

    /** The text of each {@code child} of each {@code element}, read with DTDs refused. */
    private static List<String> xmlTexts(byte[] xml, String namespace, String element, String child) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList elements = namespace == null ? document.getElementsByTagName(element)
                : document.getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            var e = (org.w3c.dom.Element) elements.item(i);
            NodeList children = namespace == null ? e.getElementsByTagName(child) : e.getElementsByTagNameNS(namespace, child);
            texts.add(children.item(0).getTextContent().strip());
        }
        return texts;
    }
}
