package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Main text on page layouts of different kinds and ages. */
class PageStructureTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void keepsTheArticleAndDropsWhatSurroundsAndInterruptsIt() throws IOException {
        String text = extractor.extract(resource("teasers-and-siblings.html"), "https://courier.example/news/ferry")
                .text();

        assertThat(text).startsWith("The morning ferry to the outer islands sailed on Monday")
                .contains("It felt like the old days, before the ferry,")
                // A list item whose lead is a link but which goes on in prose is content.
                .contains("The new landing stage, built by a local yard in three weeks")
                .contains("Sailings return to four a day from next week")
                .endsWith("an emergency grant from the regional council.");
        assertThat(text)
                .doesNotContain("Winter timetable") // a box of links inside the article
                .doesNotContain("Hidden duplicate") // display:none
                .doesNotContain("Harbour festival", "New stops are planned") // next / previous teasers
                .doesNotContain("All rights reserved")
                // Neighbouring <article> elements are other articles, however long their teasers.
                .doesNotContain("Engineers have again proposed", "weather station", "Lighthouse keeper");
    }

    @Test
    void readsOldTableLayoutsWithLineBreaksForParagraphs() throws IOException {
        String text = extractor.extract(resource("old-table-layout.html"), null).text();

        assertThat(text.split("\n\n")).contains(
                "The city council voted 5-2 on Tuesday night to approve a $4.2 million budget for the new public"
                        + " library on Elm Street, ending months of debate over the project's cost.",
                "Construction is expected to begin in the fall and take about eighteen months. The library will"
                        + " include a computer lab, a children's wing and a meeting room that local groups can"
                        + " reserve for free.");
        assertThat(text).doesNotContain("Obituaries", "Classifieds", "Related stories", "Road repair list",
                "Copyright 2008");
    }

    @Test
    void readsNonEnglishPagesWithLooseText() throws IOException {
        Extraction extraction = extractor.extract(resource("german-line-breaks.html"), null);

        assertThat(extraction.text().split("\n\n")).hasSize(4);
        assertThat(extraction.text()).startsWith("Nach vier Jahren Bauzeit").endsWith("abgerissen werden.")
                .doesNotContain("Weitere Artikel", "Impressum", "Schwimmbad");
        assertThat(extraction.language()).isEqualTo("de");
        assertThat(extraction.title()).isEqualTo("Neue Brücke über den Rhein eröffnet");
    }

    @Test
    void keepsHeadingsListsAndTablesInTheirPlace() {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/health\">Health</a></nav><main><article>"
                + "<h1>How to prepare for a heatwave</h1>"
                + "<p>Temperatures are expected to pass 35C this weekend, and health officials urge people to plan ahead.</p>"
                + "<h2>Keep your home cool</h2>"
                + "<p>Close curtains on windows that face the sun and open windows at night when the air is cooler.</p>"
                + "<ul><li>Turn off lights you are not using</li><li>Sleep in the coolest room</li></ul>"
                + "<table><tr><th>Group</th><th>Advice</th></tr><tr><td>Over 75s</td><td>Check on them twice a day</td></tr></table>"
                + "<p>If you feel dizzy or confused, call your doctor or the health helpline without delay.</p>"
                + "</article></main><footer>Health Daily</footer></body></html>";

        assertThat(extractor.extract(html, null).text().split("\n\n")).containsExactly(
                "Temperatures are expected to pass 35C this weekend, and health officials urge people to plan ahead.",
                "Keep your home cool",
                "Close curtains on windows that face the sun and open windows at night when the air is cooler.",
                "Turn off lights you are not using",
                "Sleep in the coolest room",
                "Group | Advice",
                "Over 75s | Check on them twice a day",
                "If you feel dizzy or confused, call your doctor or the health helpline without delay.");
    }

    @Test
    void furnitureNamesDoNotHideTheArticleTheyWrap() {
        String loose = "The harbour master said the channel would be dredged in May, the first time in ten years."
                + "<br><br>Fishing boats have run aground twice this winter at low tide near the north pier.";
        String html = "<html><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
                + "<div class=\"entry-text share-enabled\">" + loose + "</div>"
                + "<div class=\"sidebar\">Weather today: rain, then sun. Tides: high at 6:12.</div></body></html>";
        assertThat(extractor.extract(html, null).text()).isEqualTo(
                "The harbour master said the channel would be dredged in May, the first time in ten years.\n\n"
                        + "Fishing boats have run aground twice this winter at low tide near the north pier.");

        String paywalled = "<html><body><article><p>Shares fell 3% in early trading after the results were"
                + " published on Tuesday morning.</p><div class=\"paywall\"><p>Analysts said the fall was overdone"
                + " and kept their ratings unchanged for the coming quarter.</p><p>The company will report again in"
                + " February, when it expects the new stores to add to sales.</p></div></article></body></html>";
        assertThat(extractor.extract(paywalled, null).text().split("\n\n")).hasSize(3);

        String commentsOpen = "<html><body><div class=\"entry-content comments-open\"><p>The ferry timetable"
                + " changes on Monday, with an extra sailing at noon on weekdays.</p></div></body></html>";
        assertThat(extractor.extract(commentsOpen, null).text()).startsWith("The ferry timetable changes");
    }

    @Test
    void doesNotRepeatTheTitleInTheText() {
        String html = "<html><head><meta property=\"og:title\" content=\"Night trains return to the valley\"></head>"
                + "<body><div class=\"story\"><h2>Night trains return to the valley</h2>"
                + "<p>The first night train in twenty years left the valley station at ten past eleven on Friday.</p>"
                + "<p>Tickets for the first month sold out within a day, the railway company said on Saturday.</p>"
                + "</div></body></html>";
        assertThat(extractor.extract(html, null).text()).startsWith("The first night train")
                .doesNotContain("Night trains return");
    }

    @Test
    void dropsStockLinesOfPageFurniture() {
        String html = "<html><body><div class=\"story\">"
                + "<p>The museum reopened its east wing on Sunday after a two-year restoration of the painted ceiling.</p>"
                + "<p>Advert</p><p>This slideshow requires JavaScript.</p>"
                + "<p>Curators said the colours were brighter than anyone alive had seen them before the work began.</p>"
                + "<p>Like this story? Share it with a friend!</p><p>Comments</p></div></body></html>";
        assertThat(extractor.extract(html, null).text().split("\n\n")).containsExactly(
                "The museum reopened its east wing on Sunday after a two-year restoration of the painted ceiling.",
                "Curators said the colours were brighter than anyone alive had seen them before the work began.");
    }

    @Test
    void dropsCommentsEvenWhenTheirNamesRunTogether() {
        String comment = "<li><p>I have lived by the canal for thirty years and I have never seen the water this low,"
                + " not even in the dry summer of 1995 when the boats could not move for weeks.</p></li>";
        String html = "<html><body><div class=\"post\">"
                + "<p>The canal trust closed three locks on Monday because the water level had fallen too far.</p>"
                + "<p>Boats already in the closed stretch may stay moored there until the rain returns, it said.</p>"
                + "</div><div class=\"discussion\"><ol class=\"commentlist\">" + comment.repeat(4) + "</ol></div>"
                + "<div class=\"relatedposts\"><p>Towpath repairs finish early at the old lock keeper's house near"
                + " the viaduct, the trust says.</p></div></body></html>";
        assertThat(extractor.extract(html, null).text().split("\n\n")).containsExactly(
                "The canal trust closed three locks on Monday because the water level had fallen too far.",
                "Boats already in the closed stretch may stay moored there until the rain returns, it said.");
    }

    @Test
    void readsEveryUpdateOfALiveBlog() {
        StringBuilder updates = new StringBuilder();
        for (int hour = 9; hour <= 12; hour++) {
            updates.append("<article class=\"update\"><p>").append(hour).append(":00 The count in the northern"
                    + " district has reached another milestone, officials said, with turnout above the last election.")
                    .append("</p></article>");
        }
        String body = "<div class=\"stream\">" + updates + "</div>";
        String live = "<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\","
                + "\"headline\":\"Election count live\"}</script></head><body>" + body + "</body></html>";
        assertThat(extractor.extract(live, null).text().split("\n\n")).hasSize(4);
        // Without the declaration, neighbouring <article> elements are separate articles.
        assertThat(extractor.extract("<html><body>" + body + "</body></html>", null).text().split("\n\n"))
                .hasSize(1);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageStructureTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
