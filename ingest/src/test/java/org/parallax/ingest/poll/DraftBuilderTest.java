package org.parallax.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.extract.Extraction;
import org.parallax.feeds.FeedEntry;

class DraftBuilderTest {
    private static final OutletHint OUTLET = new OutletHint("Daily", "daily.example", null);
    private static final String ADDRESS = "https://daily.example/news/vote";
    private static final Instant PUBLISHED = Instant.parse("2026-03-04T10:00:00Z");
    private static final String LONG = ("The council voted on the rail plan after a long debate about its cost and "
            + "its route through the harbour district. ").repeat(4).strip();
    private final DraftBuilder builder = new DraftBuilder(40);

    private static FeedEntry entry(String summary, String content) {
        return new FeedEntry("id-1", "Council <b>votes</b>", ADDRESS, PUBLISHED, null, "A. Writer",
                List.of("Politics"), summary, content);
    }

    private ArticleDraft draft(DraftBuilder.Built built) {
        assertThat(built).isInstanceOf(DraftBuilder.Draft.class);
        return ((DraftBuilder.Draft) built).draft();
    }

    @Test
    void thePageWinsAndTheEntryFillsItsGaps() {
        Extraction page = new Extraction(null, null, null, LONG, "https://daily.example/news/vote?amp=1", "en-GB",
                ArticleKind.NEWS);
        ArticleDraft draft = draft(builder.build(OUTLET, entry("Short.", null), ADDRESS, page, null, ArticleKind.NEWS,
                "en-us"));
        assertThat(draft.title()).isEqualTo("Council votes");
        assertThat(draft.published()).isEqualTo(PUBLISHED);
        assertThat(draft.byline()).isEqualTo("A. Writer");
        assertThat(draft.text()).isEqualTo(LONG);
        assertThat(draft.canonicalUrl()).isEqualTo(ADDRESS);
        assertThat(draft.language()).isEqualTo("en-GB");
        assertThat(draft.kind()).isEqualTo(ArticleKind.NEWS);
    }

    @Test
    void aTeaserPageGivesWayToTheFeedsFullText() {
        Extraction teaser = new Extraction("Council votes on rail", "B. Reporter", PUBLISHED.plusSeconds(60),
                "Subscribe to read the rest of this article about the vote.", null, null, null);
        String content = "<p>" + LONG + "</p><p>" + LONG + "</p><script>track()</script>";
        ArticleDraft draft = draft(builder.build(OUTLET, entry("Short.", content), ADDRESS, teaser, null,
                ArticleKind.OPINION, "en"));
        assertThat(draft.text()).isEqualTo(LONG + "\n\n" + LONG);
        assertThat(draft.title()).isEqualTo("Council votes on rail");
        assertThat(draft.byline()).isEqualTo("B. Reporter");
        assertThat(draft.published()).isEqualTo(PUBLISHED.plusSeconds(60));
        assertThat(draft.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(draft.language()).isEqualTo("en");
    }

    @Test
    void withoutAPageALongSummaryIsEnoughAndAShortOneIsNot() {
        ArticleDraft draft = draft(builder.build(OUTLET, entry("<p>" + LONG + "</p>", null), ADDRESS, null,
                "robots.txt of daily.example disallows /news/vote", ArticleKind.NEWS, null));
        assertThat(draft.text()).isEqualTo(LONG);
        assertThat(builder.build(OUTLET, entry("Just a teaser.", null), ADDRESS, null, "HTTP 404", ArticleKind.NEWS,
                null)).isEqualTo(new DraftBuilder.NoArticle("too little text (3 words); page: HTTP 404"));
        FeedEntry untitled = new FeedEntry("id", null, ADDRESS, null, null, null, List.of(), LONG, null);
        assertThat(builder.build(OUTLET, untitled, ADDRESS, null, null, ArticleKind.NEWS, null))
                .isEqualTo(new DraftBuilder.NoArticle("no title"));
    }
}
