package org.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

class TfIdfStoryGrouperTest {

    private static final Instant MONDAY = Instant.parse("2024-03-04T08:00:00Z");

    private static GroupingInput article(long id, Duration after, String title, String text) {
        return new GroupingInput(id, id % 5, MONDAY.plus(after), title, text);
    }

    /** Fictional reports: three on a bridge collapse, two on a rate decision, two on a court ruling. */
    static List<GroupingInput> week() {
        return List.of(
                article(1, Duration.ofHours(0), "Harbor bridge collapses after cargo ship strike in Port Elwin",
                        "A cargo ship struck the Harbor bridge in Port Elwin early Tuesday, collapsing two spans into the river. "
                                + "Rescue crews searched for six workers who were repairing potholes on the bridge."),
                article(2, Duration.ofHours(1), "Rates held steady as central bank signals patience",
                        "The central bank kept its benchmark interest rate unchanged on Tuesday. "
                                + "Policymakers said inflation was easing but needed more evidence before cutting rates."),
                article(3, Duration.ofHours(2), "Port Elwin bridge collapse: six workers missing after ship hits span",
                        "Six construction workers are missing after a container ship hit a pillar of the Harbor bridge in Port Elwin. "
                                + "The collapse closed the shipping channel and the port."),
                article(4, Duration.ofHours(3), "Supreme court strikes down state ban on ballot drop boxes",
                        "The state supreme court ruled 5-2 that the legislature's ban on ballot drop boxes violated the constitution. "
                                + "Election officials said the boxes would return for the autumn vote."),
                article(5, Duration.ofHours(5), "Divers recover bodies as Port Elwin reels from Harbor bridge disaster",
                        "Divers recovered two bodies from the river beneath the collapsed Harbor bridge. "
                                + "The ship lost power moments before it hit the bridge, officials in Port Elwin said."),
                article(6, Duration.ofHours(7), "Central bank leaves interest rates unchanged, eyes cuts later this year",
                        "The central bank held interest rates steady but policymakers signalled cuts later this year if inflation keeps easing."),
                article(7, Duration.ofHours(30), "Court ruling restores ballot drop boxes before autumn election",
                        "Ballot drop boxes will return after the state supreme court struck down the ban passed by the legislature."),
                article(8, Duration.ofHours(50), "Senate confirms new transport secretary in close vote",
                        "The Senate confirmed the new transport secretary 51-49 on Thursday after a long debate over rail funding."));
    }

    private static List<Long> placeAll(StoryGrouper grouper, List<GroupingInput> articles, LongSupplier ids) {
        List<Long> out = new ArrayList<>();
        for (GroupingInput a : articles) {
            out.add(grouper.place(a, ids).storyId());
        }
        return out;
    }

    @Test
    void groupsReportsOfOneEventAndSeparatesOtherEventsOfTheSameWeek() {
        AtomicLong ids = new AtomicLong(100);
        List<Long> stories = placeAll(new TfIdfStoryGrouper(), week(), ids::incrementAndGet);

        long bridge = stories.get(0);
        long rates = stories.get(1);
        long court = stories.get(3);
        assertThat(stories.get(2)).isEqualTo(bridge);
        assertThat(stories.get(4)).isEqualTo(bridge);
        assertThat(stories.get(5)).isEqualTo(rates);
        assertThat(stories.get(6)).isEqualTo(court);
        assertThat(List.of(bridge, rates, court, stories.get(7))).doesNotHaveDuplicates();
    }

    @Test
    void newStoryIsCalledOnlyWhenNothingFits() {
        AtomicLong calls = new AtomicLong();
        placeAll(new TfIdfStoryGrouper(), week(), calls::incrementAndGet);
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void restoringAPrefixThenPlacingTheRestMatchesPlacingEverything() {
        List<GroupingInput> all = new ArrayList<>(week());
        // a second week, so that eviction also happens after the restore
        for (GroupingInput a : week()) {
            all.add(new GroupingInput(a.articleId() + 100, a.outletId(), a.time().plus(Duration.ofDays(6)), a.title(),
                    a.text()));
        }
        AtomicLong ids = new AtomicLong();
        List<Long> expected = placeAll(new TfIdfStoryGrouper(), all, ids::incrementAndGet);

        for (int k : new int[] {0, 1, 4, 8, 11, all.size()}) {
            TfIdfStoryGrouper fresh = new TfIdfStoryGrouper();
            for (int i = 0; i < k; i++) {
                fresh.restore(all.get(i), expected.get(i));
            }
            long maxRestored = expected.subList(0, k).stream().mapToLong(Long::longValue).max().orElse(0);
            AtomicLong continued = new AtomicLong(maxRestored);
            List<Long> rest = placeAll(fresh, all.subList(k, all.size()), continued::incrementAndGet);
            assertThat(rest).as("restored %d articles", k).isEqualTo(expected.subList(k, all.size()));
        }
    }

    @Test
    void articlesOutsideTheWindowStartNewStories() {
        TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();
        AtomicLong ids = new AtomicLong();
        GroupingInput first = week().getFirst();
        long story = grouper.place(first, ids::incrementAndGet).storyId();
        GroupingInput twoDaysLater = new GroupingInput(50, 1, first.time().plus(Duration.ofDays(2)),
                week().get(2).title(), week().get(2).text());
        assertThat(grouper.place(twoDaysLater, ids::incrementAndGet).storyId()).isEqualTo(story);

        GroupingInput muchLater = new GroupingInput(51, 2, first.time().plus(Duration.ofDays(6)),
                week().get(4).title(), week().get(4).text());
        assertThat(grouper.place(muchLater, ids::incrementAndGet).storyId()).isNotEqualTo(story);
    }

    @Test
    void storiesStopTakingArticlesAfterTheirMaximumSpan() {
        TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();
        AtomicLong ids = new AtomicLong();
        GroupingInput bridge = week().getFirst();
        long story = grouper.place(bridge, ids::incrementAndGet).storyId();
        long last = story;
        for (int day = 2; day <= 10; day += 2) {
            GroupingInput followUp = new GroupingInput(60 + day, 1, bridge.time().plus(Duration.ofDays(day)),
                    bridge.title(), bridge.text());
            last = grouper.place(followUp, ids::incrementAndGet).storyId();
            if (day <= 6) {
                assertThat(last).as("day %d", day).isEqualTo(story);
            }
        }
        assertThat(last).isNotEqualTo(story);
    }

    @Test
    void lateArticleWithinTheWindowStillJoinsItsStory() {
        TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();
        AtomicLong ids = new AtomicLong();
        List<GroupingInput> w = week();
        long bridge = grouper.place(w.get(0), ids::incrementAndGet).storyId();
        grouper.place(w.get(7), ids::incrementAndGet).storyId(); // 50 hours later
        GroupingInput late = new GroupingInput(70, 3, w.get(0).time().minus(Duration.ofHours(3)), w.get(2).title(),
                w.get(2).text());
        assertThat(grouper.place(late, ids::incrementAndGet).storyId()).isEqualTo(bridge);
    }

    @Test
    void evictionKeepsMemoryFlatAsTheArchiveGrows() {
        TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();
        AtomicLong ids = new AtomicLong();
        int maxOpen = 0;
        int maxTerms = 0;
        for (int i = 0; i < 2000; i++) {
            // four unrelated events a day, each with its own vocabulary
            String name = "Event" + i;
            GroupingInput a = new GroupingInput(i, i % 7, MONDAY.plus(Duration.ofHours(6L * i)),
                    name + " happens in Town" + i, "Residents of Town" + i + " watched " + name + " unfold near River" + i + ".");
            grouper.place(a, ids::incrementAndGet).storyId();
            maxOpen = Math.max(maxOpen, grouper.openStories());
            maxTerms = Math.max(maxTerms, grouper.heldTerms());
        }
        // window 3 days + lateness 1 day = 4 days = 16 stories at 4 a day, plus the current one
        assertThat(maxOpen).isLessThanOrEqualTo(17);
        assertThat(grouper.openStories()).isLessThanOrEqualTo(17);
        assertThat(maxTerms).isLessThan(17 * 10);
    }

    @Test
    void articleWithoutContentWordsStartsItsOwnStory() {
        TfIdfStoryGrouper grouper = new TfIdfStoryGrouper();
        AtomicLong ids = new AtomicLong();
        long a = grouper.place(new GroupingInput(1, 1, MONDAY, "", ""), ids::incrementAndGet).storyId();
        long b = grouper.place(new GroupingInput(2, 1, MONDAY, "", ""), ids::incrementAndGet).storyId();
        assertThat(a).isNotEqualTo(b);
    }
}
