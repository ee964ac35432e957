package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    private static final String TOKEN = "ParallaxBot";

    @Test
    void theLongestMatchingRuleWinsAndAllowWinsTies() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /news/
                Allow: /news/public/
                Disallow: /page
                Allow: /page
                """, TOKEN);
        assertThat(rules.allows("/news/secret.html")).isFalse();
        assertThat(rules.allows("/news/public/a.html")).isTrue();
        assertThat(rules.allows("/page")).isTrue();
        assertThat(rules.allows("/")).isTrue();
        assertThat(rules.allows("/newsletter")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsRules rules = RobotsRules.parse("""
                user-agent: *
                disallow: /*.pdf$
                disallow: /*?print=
                disallow: /private*/drafts
                """, TOKEN);
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?download=1")).isTrue();
        assertThat(rules.allows("/story?id=3&print=1")).isTrue();
        assertThat(rules.allows("/story?print=1")).isFalse();
        assertThat(rules.allows("/private-2024/drafts/x")).isFalse();
        assertThat(rules.allows("/private/published")).isTrue();
    }

    @Test
    void theCrawlersOwnGroupsReplaceTheStarGroupsAndAreMerged() {
        String text = """
                # comment line
                User-agent: Googlebot
                User-agent: parallaxbot/2.0
                Disallow: /opinion/   # trailing comment

                User-agent: *
                Disallow: /

                User-agent: ParallaxBot
                Disallow: /drafts/
                Sitemap: https://example.com/sitemap.xml
                """;
        RobotsRules rules = RobotsRules.parse(text, TOKEN);
        assertThat(rules.allows("/news/a")).isTrue();
        assertThat(rules.allows("/opinion/b")).isFalse();
        assertThat(rules.allows("/drafts/c")).isFalse();
        assertThat(RobotsRules.parse(text, "OtherBot").allows("/news/a")).isFalse();
    }

    @Test
    void emptyDisallowAllowsEverythingAndRobotsTxtIsAlwaysAllowed() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", TOKEN).allows("/anything")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\r\nDisallow: /\r\n", TOKEN).allows("/robots.txt")).isTrue();
        assertThat(RobotsRules.parse("not a robots file <html>", TOKEN).allows("/x")).isTrue();
        assertThat(RobotsRules.disallowAll().allows("/x")).isFalse();
        assertThat(RobotsRules.allowAll().allows("/x")).isTrue();
    }

    @Test
    void pathsAndPatternsMeetAcrossPercentEncoding() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /café\nDisallow: /a%3cb\n", TOKEN);
        assertThat(rules.allows("/caf%C3%A9/menu")).isFalse();
        assertThat(rules.allows("/a%3Cb")).isFalse();
    }

    @Test
    void hostilePatternsStayCheap() {
        String pattern = "/" + "*a".repeat(40) + "b";
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: " + pattern + "\n", TOKEN);
        assertThat(rules.allows("/" + "a".repeat(5000))).isTrue();
    }
}
