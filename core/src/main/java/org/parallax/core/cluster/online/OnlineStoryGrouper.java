package org.parallax.core.cluster.online;

import org.parallax.core.text.DocumentFrequencies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.cluster.Placement;
import org.parallax.core.cluster.StoryGrouper;

/**
 * Online story grouping on sentence vectors, headline and lead words, and names.
 *
 * <p>For each article: drop the stories that can no longer receive articles; find candidate stories
 * through the {@link CandidateIndex} (hash buckets of the article's vector, its rarest words, its
 * names); rank those within the time window cheaply by vector cosine and by shared word weight,
 * and give the best few of each the full {@link SimilarityScorer} score; join the best if
 * it reaches the join threshold (ties go to the older story), else open a new story. After a join,
 * the {@link MergeDetector} checks whether the next best stories are the same event; merged
 * stories survive under the id of the larger (then older) one.
 *
 * <p>Argument pieces (opinion, analysis) react to an event rather than retell it, so they share less
 * with its reports than another report would: where one side of a comparison only argues (the
 * article is an argument piece, or the story has no report yet), the lower argument join threshold
 * applies, in either order of arrival. A story with reports is compared by its reports alone
 * ({@link StoryState#profile}), so the pieces it gathers do not draw later reports or merges towards
 * their arguments; and placing an argument piece never checks for merges: joined on weaker evidence,
 * it does not show that two stories are one event.
 *
 * <p>The state is exact sums over the open stories' articles (see {@link StoryState}); it depends
 * on which articles are open and in which story, not on the order they came in. So
 * {@link #restore}-ing the open stories' articles in any order rebuilds exactly the state of the
 * process that placed them, and placement goes on as if there had been no restart. Memory and
 * time per article follow the news volume of one window, not the archive. Not thread-safe.
 */
public final class OnlineStoryGrouper implements StoryGrouper {

    private final OnlineGroupingSettings settings;
    private final FeatureExtractor features;
    private final SimilarityScorer scorer;
    private final SameEventTest sameEvent;
    private final MergeDetector merges;
    private final CandidateIndex index;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    /** In how many open articles each name occurs (the rarity of a {@link SameEventTest} anchor). */
    private final DocumentFrequencies names = new DocumentFrequencies();
    private final Map<Long, StoryState> open = new HashMap<>();
    private final TreeSet<StoryState> byLast =
            new TreeSet<>(Comparator.comparing((StoryState s) -> s.last).thenComparingLong(s -> s.id));
    private Instant newest;

    /**
     * @param dimensions the length of the article vectors (the embedder's {@code dimensions()})
     */
    public OnlineStoryGrouper(OnlineGroupingSettings settings, int dimensions) {
        this.settings = Objects.requireNonNull(settings, "settings");
        HyperplaneHash hash = new HyperplaneHash(dimensions, settings.hashTables(), settings.hashBits(), settings.seed());
        this.features = new FeatureExtractor(settings, hash);
        this.scorer = new SimilarityScorer(settings);
        this.sameEvent = new SameEventTest(settings, scorer);
        this.merges = new MergeDetector(settings, scorer, sameEvent);
        this.index = new CandidateIndex(settings.hashTables());
    }

    @Override
    public Placement place(GroupingInput article, LongSupplier newStory) {
        see(article.time());
        evict();
        ArticleFeatures f = features.of(article);
        count(f);
        SimilarityScorer.WeightedTerms words = scorer.weigh(f, frequencies);
        List<Scored> ranked = rank(f, words);
        StoryState story = target(f, ranked);
        if (story == null) {
            long id = newStory.getAsLong();
            story = new StoryState(id, f.time());
            open.put(id, story);
            attach(f, story);
            return Placement.opened(id);
        }
        attach(f, story);
        if (f.argument()) {
            // Joined at the lower threshold, an argument piece is no evidence that two stories are one event.
            return Placement.joined(story.id);
        }
        StoryState joined = story;
        List<StoryState> runnersUp = ranked.stream().map(Scored::story).filter(s -> s != joined).toList();
        List<Placement.Merge> done = new ArrayList<>();
        for (StoryState other : merges.sameEventAs(story, runnersUp, frequencies, names)) {
            StoryState survivor = survivorOf(story, other);
            StoryState absorbed = survivor == story ? other : story;
            merge(absorbed, survivor);
            done.add(new Placement.Merge(absorbed.id, survivor.id));
            story = survivor;
        }
        return new Placement(story.id, false, done);
    }

    /**
     * The story the article joins: the best scored one if it reaches the join threshold; else, for a
     * report, the best scored one that passes the {@link SameEventTest}; else none (a new story).
     */
    private StoryState target(ArticleFeatures f, List<Scored> ranked) {
        if (ranked.isEmpty()) {
            return null;
        }
        Scored best = ranked.getFirst();
        if (best.score() >= joinThreshold(f, best.story())) {
            return best.story();
        }
        if (!f.argument()) {
            for (Scored s : ranked) {
                if (sameEvent.holds(f, s.story(), frequencies, names)) {
                    return s.story();
                }
            }
        }
        return null;
    }

    private void count(ArticleFeatures f) {
        frequencies.add(f.terms().keySet());
        names.add(Set.copyOf(f.entities()));
    }

    /**
     * The join threshold between an article and a story: the argument join threshold when either side
     * only argues (an opinion or analysis piece; a story without a report), else the join threshold.
     */
    private double joinThreshold(ArticleFeatures f, StoryState story) {
        return f.argument() || story.argumentsOnly() ? settings.argumentJoinThreshold() : settings.joinThreshold();
    }

    @Override
    public void restore(GroupingInput article, long storyId) {
        see(article.time());
        ArticleFeatures f = features.of(article);
        count(f);
        StoryState story = open.computeIfAbsent(storyId, id -> new StoryState(id, f.time()));
        attach(f, story);
    }

    /** Stories that can still receive articles. */
    public int openStories() {
        return open.size();
    }

    /** Articles of the open stories. */
    public int openArticles() {
        return index.articles();
    }

    /**
     * Candidate stories within the window, most similar first, ties to the older story. Candidates
     * come from the hash buckets, names and words of the article; each is ranked cheaply by vector
     * cosine and by shared word weight, and the best few of either ranking get the full score.
     */
    private List<Scored> rank(ArticleFeatures f, SimilarityScorer.WeightedTerms words) {
        Map<Long, Double> shared = index.sharedWeight(words.weights(), settings.maxPosting());
        Set<Long> candidates = index.neighbours(f.hashKeys(), f.entities(), settings.maxPosting());
        candidates.addAll(shared.keySet());
        double squaredNorm = words.norm() * words.norm();
        List<Scored> byVector = new ArrayList<>();
        List<Scored> byWords = new ArrayList<>();
        for (long id : candidates) {
            StoryState story = open.get(id);
            if (withinWindow(story, f.time())) {
                double v = scorer.vectorScore(f, story);
                if (!Double.isNaN(v)) {
                    byVector.add(new Scored(story, v));
                }
                Double w = shared.get(id);
                if (w != null) {
                    byWords.add(new Scored(story, w / squaredNorm));
                }
            }
        }
        Set<StoryState> shortlist = new LinkedHashSet<>();
        best(byVector, settings.shortlist()).forEach(s -> shortlist.add(s.story()));
        best(byWords, settings.shortlist()).forEach(s -> shortlist.add(s.story()));
        List<Scored> ranked = new ArrayList<>();
        for (StoryState story : shortlist) {
            ranked.add(new Scored(story, scorer.score(f, words, story, frequencies)));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static List<Scored> best(List<Scored> scored, int n) {
        scored.sort(BEST_FIRST);
        return scored.subList(0, Math.min(n, scored.size()));
    }

    private boolean withinWindow(StoryState story, Instant time) {
        return !story.last.isBefore(time.minus(settings.window()))
                && !story.first.isAfter(time.plus(settings.window()))
                && !story.first.isBefore(time.minus(settings.maxStorySpan()));
    }

    private void attach(ArticleFeatures f, StoryState story) {
        byLast.remove(story);
        story.add(f);
        index.add(f, story);
        byLast.add(story);
    }

    private static StoryState survivorOf(StoryState a, StoryState b) {
        if (a.articles() != b.articles()) {
            return a.articles() > b.articles() ? a : b;
        }
        return a.id < b.id ? a : b;
    }

    private void merge(StoryState absorbed, StoryState survivor) {
        byLast.remove(absorbed);
        byLast.remove(survivor);
        index.move(absorbed, survivor);
        survivor.absorb(absorbed);
        open.remove(absorbed.id);
        byLast.add(survivor);
    }

    private void see(Instant time) {
        Objects.requireNonNull(time, "article time");
        if (newest == null || time.isAfter(newest)) {
            newest = time;
        }
    }

    /** Drops stories whose latest article is older than window + lateness before the newest article. */
    private void evict() {
        Instant horizon = newest.minus(settings.memory());
        while (!byLast.isEmpty() && byLast.first().last.isBefore(horizon)) {
            StoryState story = byLast.pollFirst();
            open.remove(story.id);
            index.remove(story);
            frequencies.remove(story.termArticles, story.articles());
            names.remove(story.entities, story.articles());
        }
    }

    private record Scored(StoryState story, double score) {
    }

    /** Highest score first; ties to the older story, so that the order never depends on hashing. */
    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(s -> s.story().id);
}
