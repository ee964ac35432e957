package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;

class PaywallAndKindTest {
    private static final String BODY = "<p>The first paragraph of the story tells what happened in the town yesterday.</p>"
            + "<p>The second paragraph of the story gives the reactions of the people who live there.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void paywallFromSchemaOrgOpenGraphAndMarkup() {
        assertThat(paywalled("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"isAccessibleForFree\":\"False\",\"hasPart\":{\"@type\":\"WebPageElement\","
                + "\"isAccessibleForFree\":false,\"cssSelector\":\".paid\"}}</script>", BODY)).isTrue();
        assertThat(paywalled("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"isAccessibleForFree\": false}</script>", BODY)).isTrue();
        assertThat(paywalled("<meta property=\"article:content_tier\" content=\"locked\">", BODY)).isTrue();
        assertThat(paywalled("", BODY + "<div class=\"c-paywall__prompt\">Subscribe to keep reading this story and"
                + " all of our journalism.</div>")).isTrue();
    }

    @Test
    void freePagesOfSitesWithPaywallsAreNotPaywalled() {
        assertThat(paywalled("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"isAccessibleForFree\":true}</script><meta property=\"article:content_tier\" content=\"metered\">",
                BODY)).isFalse();
        // Log-in links of the paywall system in the site's header, an empty placeholder, a hidden box.
        assertThat(paywalled("", "<header><div class=\"paywall-header-wrap\"><a href=\"/login\">Log in to your"
                + " account or subscribe to the paper today</a></div></header>" + BODY
                + "<div id=\"paywall\"></div><div class=\"paywall\" style=\"display: none\">Subscribe to keep reading"
                + " this story and all of our journalism.</div>")).isFalse();
    }

    @Test
    void kindFromFeedCategoriesTitlePrefixesAndMeta() {
        assertThat(kind("", null, List.of("World", "Opinion"))).isEqualTo(ArticleKind.OPINION);
        assertThat(kind("", null, List.of("Politics > Analysis"))).isEqualTo(ArticleKind.ANALYSIS);
        assertThat(kind("<meta property=\"og:title\" content=\"Opinion | Why the bridge matters\">", null, List.of()))
                .isEqualTo(ArticleKind.OPINION);
        assertThat(kind("<title>Analysis: What the vote means</title>", null, List.of()))
                .isEqualTo(ArticleKind.ANALYSIS);
        assertThat(kind("<meta property=\"article:opinion\" content=\"true\">", null, List.of()))
                .isEqualTo(ArticleKind.OPINION);
        assertThat(kind("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"genre\":\"Commentary\"}"
                + "</script>", null, List.of())).isEqualTo(ArticleKind.OPINION);
        // An argument signal wins over a news one; a title that only has a colon says nothing.
        assertThat(kind("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
                "https://paper.example/commentary/2024/bridge", List.of())).isEqualTo(ArticleKind.OPINION);
        assertThat(kind("<title>Bridge: council votes today</title>", null, List.of("Local"))).isNull();
    }

    private boolean paywalled(String head, String body) {
        return extractor.extract(page(head, body), "https://paper.example/news/story").paywalled();
    }

    private ArticleKind kind(String head, String url, List<String> feedCategories) {
        return extractor.extract(page(head, BODY), url, feedCategories).kind();
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body><article>" + body + "</article></body></html>";
    }
}
