package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

/** The front page, topic pages and the sliders, over the real server. */
class ReaderPagesTest {
    @TempDir
    Path tempDir;

    private WebFixture web;
    private long leftStory;
    private long rightStory;
    private long bothStory;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir);
        bothStory = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T,
                "The council voted 7-2 on Tuesday. It was late.", web.left, web.centre, web.right);
        leftStory = web.story("Union wins pay deal", Topic.BUSINESS, WebFixture.T.minusSeconds(3600),
                "The union won a pay deal. Workers cheered.", web.left);
        rightStory = web.story("Tax cut passes the house", Topic.POLITICS, WebFixture.T.minusSeconds(7200),
                "The tax cut passed the house. It was a disgraceful radical outrageous scheme, critics said.", web.right);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private int position(String body, long storyId) {
        return body.indexOf("class=\"story-title\" href=\"/stories/" + storyId + "\"");
    }

    @Test
    void frontPageLeadsWithTheBestCoveredStoryAndShowsBarsTopicsAndTheEdition() throws Exception {
        String body = web.get("/").body();
        assertThat(body).contains("<article class=\"lead story\">");
        assertThat(position(body, bothStory)).isPositive().isLessThan(body.indexOf("<ol class=\"stories\">"));
        assertThat(body).contains("Edition of <time datetime=\"2026-03-04T18:00:00Z\">4 Mar 2026</time>")
                .contains("aria-label=\"Left vs right coverage: Left 1, Centre 1, Right 1\"")
                .contains("href=\"/topics/business\"", "href=\"/outlets\"", "href=\"/map\"")
                .contains("3 outlets", "1 outlet")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
    }

    @Test
    void topicPageShowsOnlyItsTopic() throws Exception {
        String body = web.get("/topics/business").body();
        assertThat(position(body, leftStory)).isPositive();
        assertThat(position(body, rightStory)).isNegative();
        assertThat(web.get("/topics/no-such-topic").statusCode()).isEqualTo(404);
    }

    @Test
    void leftRightSliderReranksAndTheTopicMixFilters() throws Exception {
        String left = web.get("/?lr=-3&recency=0").body();
        assertThat(position(left, leftStory)).isLessThan(position(left, rightStory));
        String right = web.get("/?lr=3&recency=0").body();
        assertThat(position(right, rightStory)).isLessThan(position(right, leftStory));
        String politics = web.get("/?topics=politics").body();
        assertThat(position(politics, leftStory)).isNegative();
        assertThat(position(politics, rightStory)).isPositive();
        String repeated = web.get("/?topics=business&topics=world").body();
        assertThat(position(repeated, leftStory)).isPositive();
        assertThat(position(repeated, rightStory)).isNegative();
    }

    @Test
    void nuanceSliderPutsLoadedWordingLast() throws Exception {
        String body = web.get("/?nuance=3&recency=0&topics=politics").body();
        assertThat(position(body, bothStory)).isLessThan(position(body, rightStory));
        assertThat(web.get("/?nuance=9").statusCode()).isEqualTo(400);
        assertThat(web.get("/?lr=left").statusCode()).isEqualTo(400);
    }

    @Test
    void slidersAreRememberedInACookieUntilReset() throws Exception {
        HttpResponse<String> set = web.get("/?lr=3&recency=0");
        String cookie = set.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).contains("parallax_sliders=", "HttpOnly", "SameSite=Lax");
        String pair = cookie.substring(0, cookie.indexOf(';'));
        String remembered = web.get("/", "Cookie", pair).body();
        assertThat(remembered).contains("name=\"lr\" min=\"-3\" max=\"3\" step=\"1\" value=\"3\"");
        assertThat(position(remembered, rightStory)).isLessThan(position(remembered, leftStory));
        assertThat(web.get("/?reset=1", "Cookie", pair).body()).contains("name=\"lr\" min=\"-3\" max=\"3\" step=\"1\" value=\"0\"");
    }

    private static String sources(String page) {
        return page.substring(page.indexOf("<ul class=\"sources\">"));
    }

    @Test
    void storyPageOrdersSourcesBySlidersAndDrawsBothBars() throws Exception {
        String left = sources(web.get("/stories/" + bothStory + "?lr=-3").body());
        assertThat(left.indexOf("leftledger.example/" + bothStory)).isLessThan(left.indexOf("rightherald.example/" + bothStory));
        String full = web.get("/stories/" + bothStory + "?lr=3").body();
        String right = sources(full);
        assertThat(right.indexOf("rightherald.example/" + bothStory)).isLessThan(right.indexOf("leftledger.example/" + bothStory));
        assertThat(full).contains("Critical vs pro-establishment coverage: Critical 1, Pro-establishment 1, Unrated 1");
    }

    @Test
    void splitScreenPutsEachSideInItsColumnAndSwaps() throws Exception {
        String body = web.get("/split").body();
        int leftColumn = body.indexOf("<h2>Left</h2>");
        int rightColumn = body.indexOf("<h2>Right</h2>");
        assertThat(leftColumn).isPositive().isLessThan(rightColumn);
        assertThat(body.indexOf("Union wins pay deal (Left Ledger)")).isBetween(leftColumn, rightColumn);
        assertThat(body.indexOf("Tax cut passes the house (Right Herald)")).isGreaterThan(rightColumn);
        assertThat(body).contains("href=\"/split?axis=lr&amp;swap=1\"", "href=\"/split?axis=est\"");
        String swapped = web.get("/split?axis=lr&swap=1").body();
        assertThat(swapped.indexOf("<h2>Right</h2>")).isLessThan(swapped.indexOf("<h2>Left</h2>"));
        String establishment = web.get("/split?axis=est").body();
        assertThat(establishment).contains("<h2>Critical</h2>", "<h2>Pro-establishment</h2>");
        assertThat(web.get("/split?axis=up").statusCode()).isEqualTo(400);
    }

    @Test
    void storySplitShowsEachSidesSourcesAndNarrative() throws Exception {
        String body = web.get("/stories/" + bothStory + "/split").body();
        int leftColumn = body.indexOf("<h2>Left</h2>");
        int rightColumn = body.indexOf("<h2>Right</h2>");
        assertThat(body.indexOf("leftledger.example/" + bothStory)).isBetween(leftColumn, rightColumn);
        assertThat(body.indexOf("A win for riders.")).isBetween(leftColumn, rightColumn);
        assertThat(body.indexOf("rightherald.example/" + bothStory)).isGreaterThan(rightColumn);
        assertThat(body.indexOf("centerwire.example/" + bothStory)).isGreaterThan(body.indexOf("Also covering"));
        assertThat(web.get("/stories/424242/split").statusCode()).isEqualTo(404);
    }

    @Test
    void mapPlacesEveryRatedOutletAsALinkedDot() throws Exception {
        String body = web.get("/map").body();
        assertThat(body).contains("<svg class=\"outlet-map\"");
        for (var outlet : java.util.List.of(web.left, web.centre, web.right)) {
            assertThat(body).contains("<a href=\"/outlets/" + outlet.id() + "\"");
        }
        assertThat(body.split("<circle ", -1)).hasSize(4);
        // Left Ledger: stance -0.8, establishment -0.6 -> left of centre, below the middle.
        assertThat(body).contains("cx=\"112.00\" cy=\"476.00\"");
    }

    @Test
    void blindspotPageListsStoriesOneWingIgnores() throws Exception {
        var second = web.db.outlets().resolve(new org.parallax.core.model.OutletHint("Second Left", "secondleft.example",
                new org.parallax.core.model.Rating(-0.7, "test")));
        var third = web.db.outlets().resolve(new org.parallax.core.model.OutletHint("Third Left", "thirdleft.example",
                new org.parallax.core.model.Rating(-0.9, "test")));
        long ignored = web.story("Strike spreads to ports", Topic.BUSINESS, WebFixture.T, "The strike spread.",
                web.left, second, third);
        String body = web.get("/blindspot").body();
        int right = body.indexOf("Ignored by the right");
        int left = body.indexOf("Ignored by the left");
        assertThat(position(body, ignored)).isBetween(right, left);
        assertThat(position(body, bothStory)).isNegative();
    }
}
