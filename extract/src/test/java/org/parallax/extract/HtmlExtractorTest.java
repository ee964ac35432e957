package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;

class HtmlExtractorTest {
    private static final String URL = "https://www.northfield-gazette.example/news/2024/03/05/harbour-bridge-repairs";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void extractsArticleFromPageWithBoilerplateAroundIt() throws IOException {
        Extraction extraction = extractor.extract(resource("/pages/harbour-article.html"), URL);

        assertThat(extraction.text()).isEqualTo(String.join("\n\n",
                "The harbour bridge will close to all traffic from Monday for six weeks while engineers replace"
                        + " corroded steel beneath the main span, the town council said on Tuesday.",
                "Council engineers found the corrosion during a routine inspection in January. A spokesperson said"
                        + " the bridge was safe to use until the closure but that the repairs could not wait until"
                        + " the summer, when traffic is heaviest.",
                "Buses will be diverted along the coast road, adding about fifteen minutes to journeys between the"
                        + " old town and the railway station. A temporary footbridge will open for pedestrians and"
                        + " cyclists on the first day of the closure.",
                "Businesses worried",
                "Shop owners on the quay said they feared losing customers during the works. \"Half of our trade"
                        + " comes over that bridge,\" said Priya Nair, who runs a bakery near the harbour steps.",
                "The council said it would review parking charges in the old town and promised to keep the works"
                        + " as short as possible."));
        assertThat(extraction.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
        assertThat(extraction.byline()).isEqualTo("Mara Ellison, Tom Okafor");
        assertThat(extraction.published()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(extraction.canonicalUrl()).isEqualTo(URL);
        assertThat(extraction.language()).isEqualTo("en-GB");
        assertThat(extraction.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(extraction.siteName()).isEqualTo("Northfield Gazette");
        assertThat(extraction.hasArticle()).isTrue();
    }

    @Test
    void fallsBackToHeadingAndTitleElement() {
        String withHeading = page("<title>Site | Section</title>", "<h1>Heading wins</h1>" + paragraphs(3));
        assertThat(extractor.extract(withHeading, null).title()).isEqualTo("Heading wins");

        String titleOnly = page("<title>Quiet night at the lighthouse - Coast Weekly</title>"
                + "<meta property=\"og:site_name\" content=\"Coast Weekly\">", paragraphs(3));
        assertThat(extractor.extract(titleOnly, null).title()).isEqualTo("Quiet night at the lighthouse");
    }

    @Test
    void readsBylineFromMetaOrRelAuthor() {
        String meta = page("<meta name=\"author\" content=\"By Jo Park\">", paragraphs(3));
        assertThat(extractor.extract(meta, null).byline()).isEqualTo("Jo Park");

        String link = page("", "<a rel=\"author\" href=\"/a/lee\">Sam Lee</a>" + paragraphs(3));
        assertThat(extractor.extract(link, null).byline()).isEqualTo("Sam Lee");
    }

    @Test
    void skipsPlaceholderDates() {
        String html = page("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
                + "<meta name=\"date\" content=\"1970-01-01\">", "<time datetime=\"2023-12-01\">1 Dec</time>"
                + paragraphs(3));
        assertThat(extractor.extract(html, null).published()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
    }

    @Test
    void readsBylineFromAWrittenByLine() {
        String html = page("", "<p><b>Dock strike ends</b><br>By Ana de la Cruz, Staff Writer</p>" + paragraphs(3));
        assertThat(extractor.extract(html, null).byline()).isEqualTo("Ana de la Cruz");
        String sentence = page("", "<p>By Tuesday, the strike was over.</p>" + paragraphs(3));
        assertThat(extractor.extract(sentence, null).byline()).isNull();
    }

    @Test
    void readsPublishedFromTimeElementWhenMetaIsMissing() {
        String html = page("", "<time datetime=\"2023-12-01\">1 Dec</time>" + paragraphs(3));
        assertThat(extractor.extract(html, null).published()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
    }

    @Test
    void tellsOpinionAndAnalysisFromSignals() {
        String body = paragraphs(3);
        assertThat(extractor.extract(page("", body), "https://paper.example/opinion/2024/why-we-should-care").kind())
                .isEqualTo(ArticleKind.OPINION);
        assertThat(extractor.extract(page("", body), "https://paper.example/analysis/rates").kind())
                .isEqualTo(ArticleKind.ANALYSIS);
        assertThat(extractor.extract(page(jsonLd("OpinionNewsArticle"), body), "https://paper.example/news/x").kind())
                .isEqualTo(ArticleKind.OPINION);
        assertThat(extractor.extract(page(jsonLd("AnalysisNewsArticle"), body), null).kind())
                .isEqualTo(ArticleKind.ANALYSIS);
        assertThat(extractor.extract(page("<meta property=\"article:section\" content=\"Opinion | Columnists\">", body),
                null).kind()).isEqualTo(ArticleKind.OPINION);
        // A slug that merely mentions analysis is no section.
        assertThat(extractor.extract(page("", body), "https://paper.example/news/the-analysis-of-tides").kind())
                .isNull();
    }

    @Test
    void ignoresCanonicalThatPointsToTheHomePage() {
        String html = page("<link rel=\"canonical\" href=\"https://paper.example/\">", paragraphs(3));
        assertThat(extractor.extract(html, "https://paper.example/news/story-1").canonicalUrl()).isNull();
    }

    @Test
    void keepsTextOfSitesThatWrapEverythingInAForm() {
        String html = page("", "<form id=\"aspnetForm\"><div class=\"content\">" + paragraphs(4) + "</div></form>");
        assertThat(extractor.extract(html, null).text().split("\n\n")).hasSize(4);
    }

    @Test
    void splitsLooseTextAtDoubleLineBreaks() {
        String loose = "First paragraph of loose text that has no p element around it at all.<br><br>"
                + "Second paragraph of loose text, also long enough to count as prose.<br>still the second.";
        String html = page("", "<div class=\"entry\">" + loose + "</div>");
        assertThat(extractor.extract(html, null).text()).isEqualTo(
                "First paragraph of loose text that has no p element around it at all.\n\n"
                        + "Second paragraph of loose text, also long enough to count as prose. still the second.");
    }

    @Test
    void copesWithEmptyAndHostileInput() {
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract(null, null).hasArticle()).isFalse();
        String deep = "<div>".repeat(5000) + "<p>" + "deep text ".repeat(10) + "</p>" + "</div>".repeat(5000);
        assertThat(extractor.extract(page("<title>Deep</title>", deep), null).text()).startsWith("deep text");
        String broken = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>", paragraphs(2));
        assertThat(extractor.extract(broken, null).text()).isNotEmpty();
    }

    @Test
    void readsOnlyTheFirstPartOfHugeInput() {
        String huge = page("<title>Big</title>", paragraphs(2) + "<p>" + "x".repeat(HtmlExtractor.MAX_HTML_CHARS) + "</p>");
        Extraction extraction = extractor.extract(huge, null);
        assertThat(extraction.title()).isEqualTo("Big");
        assertThat(extraction.text().length()).isLessThan(HtmlExtractor.MAX_HTML_CHARS);
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href=\"/\">Home</a></nav><article>"
                + body + "</article><footer>Footer text of the site with its address and contact.</footer></body></html>";
    }

    private static String paragraphs(int count) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            html.append("<p>Paragraph ").append(i)
                    .append(" of the story tells what happened and why it matters to readers.</p>");
        }
        return html.toString();
    }

    private static String jsonLd(String type) {
        return "<script type=\"application/ld+json\">{\"@type\": \"" + type + "\", \"headline\": \"H\"}</script>";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
