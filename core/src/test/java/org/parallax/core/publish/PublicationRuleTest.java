package org.parallax.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.model.Topic;

class PublicationRuleTest {

    private static final Instant T = Instant.parse("2025-02-01T10:00:00Z");
    private static final Outlet HARBOR_NEWS = outlet(1, "Harbor News", "harbornews.example");
    private static final Outlet VALLEY_POST = outlet(2, "Valley Post", "valleypost.example");
    private static final Outlet RIVER_TIMES = outlet(3, "River Times", "rivertimes.example");
    private static final Outlet AP = outlet(4, "Associated Press", "apnews.com");

    @Test
    void twoIndependentOutletsAndThreeFactsArePublished() {
        List<SourcedArticle> articles = List.of(article(1, HARBOR_NEWS, "By Ann Lee"), article(2, VALLEY_POST, null));
        assertThat(PublicationRule.DEFAULT.status(brief(3), articles)).isEqualTo(StoryStatus.PUBLISHED);
    }

    @Test
    void fewerThanThreeFactsIsDeveloping() {
        List<SourcedArticle> articles = List.of(article(1, HARBOR_NEWS, null), article(2, VALLEY_POST, null));
        assertThat(PublicationRule.DEFAULT.status(brief(2), articles)).isEqualTo(StoryStatus.DEVELOPING);
        assertThat(PublicationRule.DEFAULT.status(brief(0), articles)).isEqualTo(StoryStatus.DEVELOPING);
    }

    @Test
    void oneOutletWithManyArticlesIsDeveloping() {
        List<SourcedArticle> articles = List.of(article(1, HARBOR_NEWS, null), article(2, HARBOR_NEWS, null),
                article(3, HARBOR_NEWS, null));
        assertThat(PublicationRule.DEFAULT.status(brief(5), articles)).isEqualTo(StoryStatus.DEVELOPING);
    }

    @Test
    void wireCopyCarriedByOutletsCountsOnce() {
        List<SourcedArticle> articles = List.of(
                article(1, HARBOR_NEWS, "By Zeke Miller, Associated Press"),
                article(2, VALLEY_POST, "The Associated Press"),
                article(3, AP, "By Zeke Miller"));
        assertThat(PublicationRule.independentSources(articles)).containsExactly("wire:AP");
        assertThat(PublicationRule.DEFAULT.status(brief(4), articles)).isEqualTo(StoryStatus.DEVELOPING);
    }

    @Test
    void wireCopyAndAnOutletsOwnReportingAreTwoSources() {
        List<SourcedArticle> articles = List.of(article(1, HARBOR_NEWS, "By Zeke Miller, AP"),
                article(2, RIVER_TIMES, "By Maria Ortiz"));
        assertThat(PublicationRule.independentSources(articles)).containsExactly("wire:AP", "outlet:3");
        assertThat(PublicationRule.DEFAULT.status(brief(3), articles)).isEqualTo(StoryStatus.PUBLISHED);
    }

    @Test
    void rejectsARuleThatNeedsNoSource() {
        assertThatThrownBy(() -> new PublicationRule(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusWordsAreLowerCaseAndReadBack() {
        assertThat(StoryStatus.PUBLISHED.word()).isEqualTo("published");
        assertThat(StoryStatus.ofWord("Developing")).contains(StoryStatus.DEVELOPING);
        assertThat(StoryStatus.ofWord("drafts")).isEmpty();
        assertThat(StoryStatus.ofWord(null)).isEmpty();
    }

    private static Outlet outlet(long id, String name, String domain) {
        return new Outlet(id, name, domain, "US", null, null, List.of());
    }

    private static SourcedArticle article(long id, Outlet outlet, String byline) {
        return new SourcedArticle(new Article(id, outlet.id(), "https://" + outlet.domain() + "/" + id,
                "https://" + outlet.domain() + "/" + id, "Harbor ferry service resumes", byline, T, T,
                "The harbor ferry resumed service on Monday.", ArticleKind.NEWS, "en", null), outlet);
    }

    private static Brief brief(int facts) {
        var ref = new org.parallax.core.model.SourceRef(1, 1, "Harbor News", "https://harbornews.example/1");
        List<Fact> list = java.util.stream.IntStream.range(0, facts)
                .mapToObj(i -> new Fact("The ferry made " + (i + 2) + " crossings on Monday.", List.of(ref))).toList();
        return new Brief(1, "Harbor ferry service resumes", Topic.GENERAL, list, List.of(), null, null,
                new Coverage(List.of()), T);
    }
}
