package org.parallax.core.cluster.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.Placement;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.ArticleKind;

class OnlineStoryGrouperTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T08:00:00Z");
    private static final int DIMENSIONS = 16;

    private static GroupingInput input(long id, Duration after, String title, String text, float[] vector) {
        return input(id, after, title, text, vector, ArticleKind.NEWS);
    }

    private static GroupingInput input(long id, Duration after, String title, String text, float[] vector,
                                       ArticleKind kind) {
        return new GroupingInput(id, 1, MONDAY.plus(after), title, text, kind, vector);
    }

    private static final String BRIDGE_OPED_TITLE = "Port Elwin was warned about its bridge";
    private static final String BRIDGE_OPED_TEXT = "For years engineers told the city that the old spans could not "
            + "take a blow. Leaders chose to look away, and families now pay for that choice.";
    private static final float[] BRIDGE_OPED_VECTOR = axis(0, 3, 4);

    /** Two reports of the bridge collapse (story 101) and one of a rate decision (story 102). */
    private static OnlineStoryGrouper bridgeAndRates(OnlineGroupingSettings settings, AtomicLong ids) {
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(settings, DIMENSIONS);
        grouper.place(input(1, Duration.ZERO, "Harbor bridge collapses after cargo ship strike in Port Elwin",
                "A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, collapsing two spans.", axis(0, 1)),
                ids::incrementAndGet);
        grouper.place(input(2, Duration.ofHours(1), "Central bank holds interest rates steady",
                "The central bank kept its benchmark interest rate unchanged on Tuesday.", axis(5, 6)),
                ids::incrementAndGet);
        grouper.place(input(3, Duration.ofHours(2), "Port Elwin bridge collapse: six workers missing",
                "Six workers are missing after a container ship hit the Harbor bridge in Port Elwin.", axis(0, 1, 2)),
                ids::incrementAndGet);
        return grouper;
    }

    private static float[] axis(int... dims) {
        float[] v = new float[DIMENSIONS];
        for (int d : dims) {
            v[d] = 1;
        }
        return Vectors.unit(v);
    }

    @Test
    void reportsOfOneEventJoinAndOtherEventsOfTheSameDayStayApart() {
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(OnlineGroupingSettings.defaults(), DIMENSIONS);
        AtomicLong ids = new AtomicLong(100);
        long bridge = grouper.place(input(1, Duration.ZERO, "Harbor bridge collapses after cargo ship strike in Port Elwin",
                "A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, collapsing two spans.", axis(0, 1)),
                ids::incrementAndGet).storyId();
        long rates = grouper.place(input(2, Duration.ofHours(1), "Central bank holds interest rates steady",
                "The central bank kept its benchmark interest rate unchanged on Tuesday.", axis(5, 6)),
                ids::incrementAndGet).storyId();
        Placement again = grouper.place(input(3, Duration.ofHours(2), "Port Elwin bridge collapse: six workers missing",
                "Six workers are missing after a container ship hit the Harbor bridge in Port Elwin.", axis(0, 1, 2)),
                ids::incrementAndGet);

        assertThat(rates).isNotEqualTo(bridge);
        assertThat(again.storyId()).isEqualTo(bridge);
        assertThat(again.opened()).isFalse();
        assertThat(grouper.openStories()).isEqualTo(2);
        assertThat(grouper.openArticles()).isEqualTo(3);
    }

    @Test
    void anOpEdJoinsTheStoryOfTheEventItArguesAboutThoughItSharesTooLittleForAReport() {
        AtomicLong ids = new AtomicLong(100);
        OnlineStoryGrouper grouper = bridgeAndRates(OnlineGroupingSettings.defaults(), ids);
        Placement opinion = grouper.place(input(4, Duration.ofHours(5), BRIDGE_OPED_TITLE, BRIDGE_OPED_TEXT,
                BRIDGE_OPED_VECTOR, ArticleKind.OPINION), ids::incrementAndGet);
        assertThat(opinion).isEqualTo(Placement.joined(101));

        // The same text as a report is too far from the story to join it.
        AtomicLong otherIds = new AtomicLong(100);
        OnlineStoryGrouper reports = bridgeAndRates(OnlineGroupingSettings.defaults(), otherIds);
        Placement asReport = reports.place(input(4, Duration.ofHours(5), BRIDGE_OPED_TITLE, BRIDGE_OPED_TEXT,
                BRIDGE_OPED_VECTOR), otherIds::incrementAndGet);
        assertThat(asReport.opened()).isTrue();
    }

    @Test
    void anOpEdAboutSomethingElseOpensItsOwnStory() {
        AtomicLong ids = new AtomicLong(100);
        OnlineStoryGrouper grouper = bridgeAndRates(OnlineGroupingSettings.defaults(), ids);
        Placement opinion = grouper.place(input(4, Duration.ofHours(5), "Our schools need music teachers again",
                "Cutting arts classes leaves children poorer. A district that cannot pay for a choir has its budget "
                        + "upside down.", axis(9, 10), ArticleKind.OPINION), ids::incrementAndGet);
        assertThat(opinion.opened()).isTrue();
        assertThat(opinion.storyId()).isEqualTo(103);
    }

    @Test
    void aReportJoinsTheStoryOfAnOpEdThatCameFirstAsTheOpEdWouldHaveJoinedTheReport() {
        AtomicLong ids = new AtomicLong(100);
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(OnlineGroupingSettings.defaults(), DIMENSIONS);
        long opinion = grouper.place(input(1, Duration.ZERO, BRIDGE_OPED_TITLE, BRIDGE_OPED_TEXT, BRIDGE_OPED_VECTOR,
                ArticleKind.ANALYSIS), ids::incrementAndGet).storyId();
        Placement report = grouper.place(input(2, Duration.ofHours(1),
                "Harbor bridge collapses after cargo ship strike in Port Elwin",
                "A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, collapsing two spans.",
                axis(0, 1, 2, 3, 5)), ids::incrementAndGet);
        assertThat(report).isEqualTo(Placement.joined(opinion));

        // Once the story has a report, another report needs the report threshold against it.
        Placement farReport = grouper.place(input(3, Duration.ofHours(2), BRIDGE_OPED_TITLE, BRIDGE_OPED_TEXT,
                axis(0, 3, 4, 7, 8)), ids::incrementAndGet);
        assertThat(farReport.opened()).isTrue();
    }

    @Test
    void anArgumentPieceBetweenTwoStoriesDrawsNeitherAMergeNorLaterReportsToItsStory() {
        // As in the merge test below, but the article between the two stories is an opinion piece.
        OnlineGroupingSettings settings = OnlineGroupingSettings.defaults().withWeights(1.0, 0).withThresholds(0.6, 0.65);
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(settings, 2);
        AtomicLong ids = new AtomicLong();
        float[] a = {1, 0};
        float[] b = {0.5f, (float) Math.sqrt(0.75)};
        float[] between = Vectors.unit(new float[] {a[0] + b[0], a[1] + b[1]});
        long storyA = grouper.place(input(1, Duration.ZERO, "", "", a), ids::incrementAndGet).storyId();
        long storyB = grouper.place(input(2, Duration.ofMinutes(1), "", "", b), ids::incrementAndGet).storyId();

        Placement opinion = grouper.place(input(3, Duration.ofMinutes(2), "", "", between, ArticleKind.OPINION),
                ids::incrementAndGet);

        assertThat(opinion).isEqualTo(Placement.joined(storyA));
        assertThat(grouper.openStories()).isEqualTo(2);
        assertThat(grouper.place(input(4, Duration.ofMinutes(3), "", "", b), ids::incrementAndGet).storyId())
                .isEqualTo(storyB);
    }

    @Test
    void anArticleBeyondTheWindowStartsANewStoryAndOldStoriesLeaveMemory() {
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(OnlineGroupingSettings.defaults(), DIMENSIONS);
        AtomicLong ids = new AtomicLong();
        String title = "Harbor bridge collapses in Port Elwin";
        long first = grouper.place(input(1, Duration.ZERO, title, "", axis(0)), ids::incrementAndGet).storyId();
        long later = grouper.place(input(2, Duration.ofDays(4), title, "", axis(0)), ids::incrementAndGet).storyId();
        assertThat(later).isNotEqualTo(first);
        grouper.place(input(3, Duration.ofDays(9), "Something else entirely", "", axis(7)), ids::incrementAndGet);
        assertThat(grouper.openStories()).isEqualTo(1);
        assertThat(grouper.openArticles()).isEqualTo(1);
    }

    @Test
    void aBridgingReportMergesTwoStoriesOfOneEventIntoTheLarger() {
        // Vectors only: 0.5 apart at first (below the join threshold), then a report between them.
        OnlineGroupingSettings settings = OnlineGroupingSettings.defaults().withWeights(1.0, 0).withThresholds(0.6, 0.65);
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(settings, 2);
        AtomicLong ids = new AtomicLong();
        float[] a = {1, 0};
        float[] b = {0.5f, (float) Math.sqrt(0.75)};
        float[] between = Vectors.unit(new float[] {a[0] + b[0], a[1] + b[1]});
        long storyA = grouper.place(input(1, Duration.ZERO, "", "", a), ids::incrementAndGet).storyId();
        long storyB = grouper.place(input(2, Duration.ofMinutes(1), "", "", b), ids::incrementAndGet).storyId();
        assertThat(storyB).isNotEqualTo(storyA);

        Placement bridge = grouper.place(input(3, Duration.ofMinutes(2), "", "", between), ids::incrementAndGet);

        assertThat(bridge.storyId()).isEqualTo(storyA);
        assertThat(bridge.merges()).containsExactly(new Placement.Merge(storyB, storyA));
        assertThat(grouper.openStories()).isEqualTo(1);
        assertThat(grouper.place(input(4, Duration.ofMinutes(3), "", "", b), ids::incrementAndGet).storyId())
                .isEqualTo(storyA);
    }

    /** Where a second report goes: near the first in meaning (cosine 0.7), few shared words. */
    private static Placement secondReport(Duration after, String title, String text) {
        // A join threshold no pair reaches: only the same-event test can put the two together.
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(
                OnlineGroupingSettings.defaults().withThresholds(0.95, 0.95), DIMENSIONS);
        AtomicLong ids = new AtomicLong(100);
        grouper.place(input(1, Duration.ZERO, "Harbor bridge collapses after cargo ship strike",
                "A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, collapsing two spans.", axis(0)),
                ids::incrementAndGet);
        float[] near = new float[DIMENSIONS];
        near[0] = 0.7f;
        near[1] = (float) Math.sqrt(1 - 0.49);
        return grouper.place(input(2, after, title, text, near), ids::incrementAndGet);
    }

    @Test
    void aReportCloseInMeaningThatNamesTheSameRarePlaceWithinTwoDaysIsTheSameEvent() {
        assertThat(secondReport(Duration.ofHours(30), "Divers search river overnight",
                "Officials in Port Elwin declared an emergency as divers searched the water.").storyId())
                .isEqualTo(101);
    }

    @Test
    void closeMeaningWithoutASharedRareNameOrMoreThanTwoDaysApartIsNotEnough() {
        assertThat(secondReport(Duration.ofHours(3), "Divers search river overnight",
                "Officials declared an emergency as divers searched the water.").opened()).isTrue();
        assertThat(secondReport(Duration.ofHours(60), "Divers search river overnight",
                "Officials in Port Elwin declared an emergency as divers searched the water.").opened()).isTrue();
    }

    @Test
    void restoringTheOpenStoriesInAnyOrderPlacesLaterArticlesExactlyAsWithoutARestart() {
        List<GroupingInput> stream = SyntheticNews.articles(1500, 48, new Random(11));
        // Merging as readily as joining, so that this stream merges some stories.
        assertRestartPlacesAsLive(stream, OnlineGroupingSettings.defaults().withThresholds(0.45, 0.45));
    }

    @Test
    void restoringStoriesWithArgumentPiecesInAnyOrderPlacesLaterArticlesExactlyAsWithoutARestart() {
        List<GroupingInput> stream = SyntheticNews.articles(1500, 48, new Random(12), true);
        List<Placement> placed = assertRestartPlacesAsLive(stream,
                OnlineGroupingSettings.defaults().withThresholds(0.45, 0.45));

        // The stream exercises both lower-threshold joins: argument pieces joining, reports joining theirs.
        Map<Long, Boolean> openedByArgument = new HashMap<>();
        boolean argumentJoined = false;
        boolean reportJoinedArguments = false;
        for (int i = 0; i < stream.size(); i++) {
            boolean argument = stream.get(i).kind().isArgument();
            Placement p = placed.get(i);
            if (p.opened()) {
                openedByArgument.put(p.storyId(), argument);
            } else if (argument) {
                argumentJoined = true;
            } else if (openedByArgument.getOrDefault(p.storyId(), false)) {
                reportJoinedArguments = true;
            }
        }
        assertThat(argumentJoined).isTrue();
        assertThat(reportJoinedArguments).isTrue();
    }

    /** Places the stream in one process and, from a cut on, in a restarted one; returns the first's placements. */
    private static List<Placement> assertRestartPlacesAsLive(List<GroupingInput> stream,
                                                             OnlineGroupingSettings settings) {
        int dims = stream.getFirst().embedding().length;
        int cut = 1000;

        // One process places everything, following merges; at the cut, note what the database holds.
        OnlineStoryGrouper live = new OnlineStoryGrouper(settings, dims);
        AtomicLong ids = new AtomicLong();
        Map<Long, Long> storyOf = new HashMap<>();
        Map<Long, Long> mergedInto = new HashMap<>();
        List<Placement> liveAfterCut = new ArrayList<>();
        List<Placement> all = new ArrayList<>();
        Map<Long, Long> atCut = null;
        long idAtCut = 0;
        int merges = 0;
        for (int i = 0; i < stream.size(); i++) {
            if (i == cut) {
                atCut = resolve(storyOf, mergedInto);
                idAtCut = ids.get();
            }
            Placement p = live.place(stream.get(i), ids::incrementAndGet);
            storyOf.put(stream.get(i).articleId(), p.storyId());
            p.merges().forEach(m -> mergedInto.put(m.from(), m.into()));
            merges += p.merges().size();
            all.add(p);
            if (i >= cut) {
                liveAfterCut.add(p);
            }
        }

        // A new process restores the stories still open at the cut, in a shuffled order, and goes on.
        OnlineStoryGrouper restarted = new OnlineStoryGrouper(settings, dims);
        for (GroupingInput a : openAt(stream.subList(0, cut), atCut, settings)) {
            restarted.restore(a, atCut.get(a.articleId()));
        }
        AtomicLong restartedIds = new AtomicLong(idAtCut);
        List<Placement> restartedAfterCut = new ArrayList<>();
        for (GroupingInput a : stream.subList(cut, stream.size())) {
            restartedAfterCut.add(restarted.place(a, restartedIds::incrementAndGet));
        }

        assertThat(restartedAfterCut).isEqualTo(liveAfterCut);
        assertThat(merges).as("the synthetic stream exercises merges").isPositive();
        assertThat(stream.getLast().time()).as("and eviction").isAfter(stream.getFirst().time().plus(settings.memory()));
        return all;
    }

    /** The articles of the stories whose latest article is within memory of the newest one, shuffled. */
    private static List<GroupingInput> openAt(List<GroupingInput> placed, Map<Long, Long> storyOf,
                                              OnlineGroupingSettings settings) {
        Instant newest = placed.stream().map(GroupingInput::time).max(Instant::compareTo).orElseThrow();
        Map<Long, Instant> lastOfStory = new HashMap<>();
        for (GroupingInput a : placed) {
            lastOfStory.merge(storyOf.get(a.articleId()), a.time(), (x, y) -> x.isAfter(y) ? x : y);
        }
        List<GroupingInput> open = new ArrayList<>(placed.stream()
                .filter(a -> !lastOfStory.get(storyOf.get(a.articleId())).isBefore(newest.minus(settings.memory())))
                .toList());
        Collections.shuffle(open, new Random(5));
        return open;
    }

    private static Map<Long, Long> resolve(Map<Long, Long> storyOf, Map<Long, Long> mergedInto) {
        Map<Long, Long> out = new HashMap<>();
        storyOf.forEach((article, story) -> {
            long s = story;
            while (mergedInto.containsKey(s)) {
                s = mergedInto.get(s);
            }
            out.put(article, s);
        });
        return out;
    }
}
