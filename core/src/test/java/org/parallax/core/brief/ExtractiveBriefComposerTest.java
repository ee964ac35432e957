package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.core.brief.StoryFixtures.CENTER_WIRE;
import static org.parallax.core.brief.StoryFixtures.LEFT_DAILY;
import static org.parallax.core.brief.StoryFixtures.LEFT_WEEKLY;
import static org.parallax.core.brief.StoryFixtures.RIGHT_POST;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Axis;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.model.Topic;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;
import org.parallax.core.topic.TopicClassifier;

class ExtractiveBriefComposerTest {

    private static final Instant NOW = Instant.parse("2024-03-06T12:00:00Z");

    private final ExtractiveBriefComposer composer =
            new ExtractiveBriefComposer(InstantSource.fixed(NOW), new TopicClassifier());

    private static Map<Long, String> texts(List<SourcedArticle> articles) {
        Map<Long, String> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.article().id(), a.article().text()));
        return texts;
    }

    private static String textOf(List<SourcedArticle> articles, long articleId) {
        return texts(articles).get(articleId);
    }

    @Test
    void everyFactIsCopiedFromItsFirstSourceArticle() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        Brief brief = composer.compose(7, story);

        assertThat(brief.facts()).isNotEmpty();
        assertThat(Provenance.untraceable(brief, texts(story))).isEmpty();
        for (Fact fact : brief.facts()) {
            assertThat(Provenance.isCopied(fact, texts(story))).as(fact.text()).isTrue();
            assertThat(fact.text()).isEqualTo(fact.text().strip());
        }
    }

    @Test
    void corroboratedCoreEventComesFirstAttributedToEverySupportingOutlet() {
        List<SourcedArticle> story = StoryFixtures.newsOnly();
        Brief brief = composer.compose(7, story);

        Fact first = brief.facts().getFirst();
        // the core event (the ship struck the bridge), stated by all three reports, whichever words lead
        assertThat(first.text()).contains("cargo ship").contains("struck the Harbor bridge in Port Elwin");
        assertThat(first.sources()).extracting(SourceRef::outletId)
                .containsExactlyInAnyOrder(CENTER_WIRE.id(), LEFT_DAILY.id(), RIGHT_POST.id());
        assertThat(first.sources()).extracting(SourceRef::outletId).doesNotHaveDuplicates();

        // every corroborated fact precedes every uncorroborated one
        List<Boolean> corroborated = brief.facts().stream().map(f -> f.sources().size() > 1).toList();
        assertThat(corroborated.indexOf(false) < 0 || !corroborated.subList(corroborated.indexOf(false),
                corroborated.size()).contains(true)).as("corroborated first: %s", corroborated).isTrue();
    }

    @Test
    void trimsDatelinesAndConnectivesButNeverRewords() {
        List<SourcedArticle> story = StoryFixtures.newsOnly();
        // every candidate fact, chosen or not: trimmed, never reworded
        FactSelector.Pool pool = composer.factSelector().pool(story);
        List<String> facts = java.util.stream.IntStream.range(0, pool.size()).mapToObj(pool::text).toList();

        assertThat(facts).anyMatch(f -> f.contains("Port Elwin")).noneMatch(f -> f.startsWith("PORT ELWIN"));
        assertThat(facts).anyMatch(f -> f.startsWith("Governor Dana Holt promised"));
        assertThat(facts).noneMatch(f -> f.startsWith("However") || f.startsWith("But "));
    }

    @Test
    void dropsBoilerplateQuestionsFirstPersonBylinesAndTruncatedSentences() {
        List<SourcedArticle> story = StoryFixtures.newsOnly();
        List<String> facts = composer.compose(7, story).facts().stream().map(Fact::text).toList();

        assertThat(facts).noneMatch(f -> f.contains("Click here"));
        assertThat(facts).noneMatch(f -> f.contains("?"));
        assertThat(facts).noneMatch(f -> f.contains("We reached out"));
        assertThat(facts).noneMatch(f -> f.startsWith("By "));
        assertThat(facts).noneMatch(f -> f.endsWith("..."));
        assertThat(facts).noneMatch(f -> f.startsWith("Photo:"));
        assertThat(facts).noneMatch(f -> f.contains("the state would rebuild the bridge as quickly"));
    }

    @Test
    void neverRepeatsAFact() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        List<Fact> facts = composer.compose(7, story).facts();

        assertThat(facts).extracting(Fact::text).doesNotHaveDuplicates();
        // the three outlets' versions of the collision are one fact, not three
        assertThat(facts).filteredOn(f -> f.text().contains("two spans")).hasSize(1);
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                double cosine = TermVector.counts(Tokenizer.contentWords(facts.get(i).text()))
                        .cosine(TermVector.counts(Tokenizer.contentWords(facts.get(j).text())));
                assertThat(cosine).as("%s / %s", facts.get(i).text(), facts.get(j).text()).isLessThan(0.8);
            }
        }
    }

    @Test
    void factsComeFromNewsWhenThereIsNews() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        List<Fact> facts = composer.compose(7, story).facts();
        assertThat(facts).flatExtracting(Fact::sources).extracting(SourceRef::articleId)
                .doesNotContain(20L, 21L);
    }

    @Test
    void atMostEightFactsAndAtLeastFourWhenTheArticlesAllow() {
        List<SourcedArticle> big = new ArrayList<>();
        String[] places = {"Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper",
                "Kapok", "Larch"};
        for (int i = 0; i < places.length; i++) {
            var outlet = StoryFixtures.outlet(100 + i, "Outlet " + i, "outlet" + i + ".example", (i % 3 - 1) * 0.6);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < places.length; k++) {
                String p = places[(i + k) % places.length];
                text.append("Officials in ").append(p).append(" County counted ").append(10 + k)
                        .append(" damaged homes after the storm crossed the ").append(p).append(" valley overnight.\n\n");
            }
            big.add(StoryFixtures.article(200 + i, outlet, ArticleKind.NEWS, i, "Storm damages homes across the valley",
                    text.toString()));
        }
        List<Fact> facts = composer.compose(8, big).facts();
        assertThat(facts).hasSizeBetween(4, 8);
        assertThat(Provenance.untraceable(composer.compose(8, big), texts(big))).isEmpty();

        List<Fact> few = composer.compose(9, List.of(StoryFixtures.centerWire())).facts();
        assertThat(few).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void narrativesWhenBothSidesArgue() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        Brief brief = composer.compose(7, story);

        assertThat(brief.narratives()).hasSize(2);
        assertThat(brief.missingView()).isNull();
        Narrative a = brief.narratives().get(0);
        Narrative b = brief.narratives().get(1);
        assertThat(a.label()).isEqualTo("Left narrative");
        assertThat(a.side()).isEqualTo("Left");
        assertThat(a.axis()).isEqualTo(Axis.LEFT_RIGHT);
        assertThat(a.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(a.source().outletId()).isEqualTo(LEFT_WEEKLY.id());
        assertThat(b.label()).isEqualTo("Right narrative");
        assertThat(b.side()).isEqualTo("Right");
        assertThat(b.source().articleId()).isEqualTo(21L);
        // the opening argument starts at the sentence that argues: "Enough." is too short, and the
        // cue scorer reads the sentences before the prescription as narration
        assertThat(a.text()).isEqualTo("The state should fund inspections of every span before the next disaster.");
        assertThat(b.text()).startsWith("A ship lost power and hit a bridge").hasSizeLessThanOrEqualTo(400);
        for (Narrative n : brief.narratives()) {
            assertThat(Provenance.isTraceable(n.text(), textOf(story, n.source().articleId()))).isTrue();
        }
    }

    @Test
    void missingViewNamesTheSilentSide() {
        List<SourcedArticle> leftOnly = new ArrayList<>(StoryFixtures.newsOnly());
        leftOnly.add(StoryFixtures.leftOpinion());
        Brief brief = composer.compose(7, leftOnly);
        assertThat(brief.narratives()).isEmpty();
        assertThat(brief.missingView()).isEqualTo("No argument from the right covers this story yet, only from the left.");

        List<SourcedArticle> rightOnly = new ArrayList<>(StoryFixtures.newsOnly());
        rightOnly.add(StoryFixtures.rightOpinion());
        assertThat(composer.compose(7, rightOnly).missingView())
                .isEqualTo("No argument from the left covers this story yet, only from the right.");

        assertThat(composer.compose(7, StoryFixtures.newsOnly()).missingView())
                .isEqualTo(NarrativeSelector.MISSING_BOTH);
    }

    @Test
    void centreOpinionDoesNotMakeANarrativePair() {
        List<SourcedArticle> story = new ArrayList<>(StoryFixtures.newsOnly());
        story.add(StoryFixtures.leftOpinion());
        SourcedArticle right = StoryFixtures.rightOpinion();
        story.add(new SourcedArticle(right.article(), StoryFixtures.CENTER_TIMES));
        Brief brief = composer.compose(7, story);
        assertThat(brief.narratives()).isEmpty();
        assertThat(brief.missingView()).isEqualTo(NarrativeSelector.missing(NarrativeSide.LEFT));
    }

    @Test
    void titleIsTheLeastLoadedCentralHeadlineWithoutOutletSuffix() {
        Brief brief = composer.compose(7, StoryFixtures.withBothSides());
        assertThat(brief.title()).isIn(
                "Cargo ship strikes Harbor bridge in Port Elwin, six workers missing",
                "Six workers missing after ship hits Port Elwin bridge");
        assertThat(brief.title()).doesNotContain("Shocking", " - ", " | ");
    }

    @Test
    void coverageCountsArticlesPerOutletWithSides() {
        Coverage coverage = composer.compose(7, StoryFixtures.withBothSides()).coverage();
        assertThat(coverage.outlets()).extracting(Coverage.CoveringOutlet::name)
                .containsExactly("Left Daily", "Left Weekly", "Center Wire", "Right Post");
        assertThat(coverage.outlets()).extracting(Coverage.CoveringOutlet::side)
                .containsExactly(Side.LEFT, Side.LEFT, Side.CENTER, Side.RIGHT);
        assertThat(coverage.outlets()).extracting(Coverage.CoveringOutlet::articles).containsExactly(1, 1, 1, 2);
    }

    @Test
    void briefCarriesStoryIdClockTopicAndNoForecast() {
        Brief brief = composer.compose(42, StoryFixtures.withBothSides());
        assertThat(brief.storyId()).isEqualTo(42);
        assertThat(brief.composedAt()).isEqualTo(NOW);
        assertThat(brief.forecast()).isNull();
        assertThat(brief.topic()).isNotNull().isNotEqualTo(Topic.SPORTS);
    }

    @Test
    void composingIsDeterministicAndOrderIndependent() {
        List<SourcedArticle> story = StoryFixtures.withBothSides();
        List<SourcedArticle> reversed = new ArrayList<>(story);
        java.util.Collections.reverse(reversed);
        assertThat(composer.compose(1, reversed)).isEqualTo(composer.compose(1, story));
    }

    @Test
    void opinionOnlyStoryGetsNarrativesButNoFacts() {
        List<SourcedArticle> story = List.of(StoryFixtures.leftOpinion(), StoryFixtures.rightOpinion());
        Brief brief = composer.compose(3, story);
        assertThat(brief.facts()).isEmpty();
        assertThat(Provenance.untraceable(brief, texts(story))).isEmpty();
        assertThat(brief.narratives()).hasSize(2);
    }

    @Test
    void rejectsAStoryWithoutArticles() {
        assertThatThrownBy(() -> composer.compose(1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
