package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.core.brief.StoryFixtures.CENTER_WIRE;
import static org.parallax.core.brief.StoryFixtures.LEFT_DAILY;
import static org.parallax.core.brief.StoryFixtures.RIGHT_POST;
import static org.parallax.core.brief.StoryFixtures.article;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.SentenceSplitter;

/** Credits decided over a story's sentences, on words alone (no sentence model), with fixtures written for the project. */
class StoryAttributionTest {

    private static final String FACT = "The Harbor City council voted 7-2 on Tuesday to close the Elm Street bridge for repairs.";

    private static List<StoryAttribution.Support> credits(SourcedArticle... others) {
        SourcedArticle own = article(1, LEFT_DAILY, ArticleKind.NEWS, 0, "Council closes bridge", FACT
                + " Drivers will have to take the ferry.");
        List<SourcedArticle> story = new java.util.ArrayList<>(List.of(own));
        story.addAll(List.of(others));
        StoryAttribution attribution = new StoryAttribution(story, new SentenceSplitter(), new ClaimMatcher(), Optional.empty());
        return attribution.judge(List.of(new StoryAttribution.Claimed(FACT, LEFT_DAILY.id())), null).getFirst().stream()
                .filter(s -> s.verdict().credited())
                .toList();
    }

    @Test
    void aClaimDatedByTheNextSentenceIsCreditedWithBothSentencesVerbatim() {
        String text = "The Harbor City council voted 7-2 to close the Elm Street bridge for repairs. "
                + "The vote came on Tuesday night after a long debate. Shops near the bridge expect fewer customers.";
        List<StoryAttribution.Support> credits = credits(article(2, CENTER_WIRE, ArticleKind.NEWS, 5, "Bridge to close", text));

        assertThat(credits).hasSize(1);
        String sentence = credits.getFirst().sentence().text();
        assertThat(sentence).isEqualTo("The Harbor City council voted 7-2 to close the Elm Street bridge for repairs. "
                + "The vote came on Tuesday night after a long debate.");
        assertThat(text).contains(sentence);
        assertThat(credits.getFirst().sentence().span().of(text)).isEqualTo(sentence);
    }

    @Test
    void aClaimStatedWholeInOneSentenceIsCreditedWithThatSentenceAlone() {
        String text = "Shops near the bridge expect fewer customers. On Tuesday the Harbor City council voted 7-2 to close "
                + "the Elm Street bridge for repairs. The vote came after a long debate.";
        List<StoryAttribution.Support> credits = credits(article(2, CENTER_WIRE, ArticleKind.NEWS, 5, "Bridge to close", text));

        assertThat(credits).extracting(s -> s.sentence().text())
                .containsExactly("On Tuesday the Harbor City council voted 7-2 to close the Elm Street bridge for repairs.");
    }

    @Test
    void aDateTwoSentencesAwayOrAnotherDayNextToItIsNoCredit() {
        String far = "The Harbor City council voted 7-2 to close the Elm Street bridge for repairs. "
                + "Shops near the bridge expect fewer customers. The vote came on Tuesday night.";
        String otherDay = "The Harbor City council voted 7-2 to close the Elm Street bridge for repairs. "
                + "The vote came on Friday night after a long debate.";

        assertThat(credits(article(2, CENTER_WIRE, ArticleKind.NEWS, 5, "Bridge to close", far))).isEmpty();
        assertThat(credits(article(3, RIGHT_POST, ArticleKind.NEWS, 5, "Bridge to close", otherDay))).isEmpty();
    }
}
