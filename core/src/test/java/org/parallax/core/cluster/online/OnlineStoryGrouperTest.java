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
        return new GroupingInput(id, 1, MONDAY.plus(after), title, text, ArticleKind.NEWS, vector);
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

    @Test
    void restoringTheOpenStoriesInAnyOrderPlacesLaterArticlesExactlyAsWithoutARestart() {
        List<GroupingInput> stream = SyntheticNews.articles(1500, 48, new Random(11));
        // Merging as readily as joining, so that this stream merges some stories.
        OnlineGroupingSettings settings = OnlineGroupingSettings.defaults().withThresholds(0.45, 0.45);
        int dims = stream.getFirst().embedding().length;
        int cut = 1000;

        // One process places everything, following merges; at the cut, note what the database holds.
        OnlineStoryGrouper live = new OnlineStoryGrouper(settings, dims);
        AtomicLong ids = new AtomicLong();
        Map<Long, Long> storyOf = new HashMap<>();
        Map<Long, Long> mergedInto = new HashMap<>();
        List<Placement> liveAfterCut = new ArrayList<>();
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
