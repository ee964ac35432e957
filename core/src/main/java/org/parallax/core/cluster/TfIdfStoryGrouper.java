package org.parallax.core.cluster;

import org.parallax.core.text.DocumentFrequencies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Online story grouping on TF-IDF vectors of headline and lead.
 *
 * <p>For each article: its headline words (weighted {@code titleWeight}) and lead words form term
 * frequencies; document frequencies over the open stories' articles are updated with it; its
 * vector is sublinear TF times IDF, normalised. Candidate stories are the open stories indexed
 * under the article's {@code queryTerms} heaviest terms (an inverted index term → open stories,
 * never a scan of all stories) whose time span lies within {@code window} of the article and whose
 * first article is at most {@code maxStorySpan} older than it. The
 * article joins the candidate whose centroid is most similar if the cosine reaches
 * {@code threshold} (ties go to the older story id), else a new story.
 *
 * <p>A story is evicted, with its terms taken out of the index and of the document frequencies,
 * once its latest article is more than {@code window + allowedLateness} older than the newest
 * article seen; memory and time per article therefore depend on the news volume of a window, not
 * on the archive. An article arriving later than that finds only the stories still open.
 *
 * <p>{@link #restore} runs exactly the same state updates as {@link #place} without deciding, so
 * restoring a prefix of the placements (in placement order) and placing the rest gives the same
 * assignments as placing everything. Centroid weights keep the IDF of the moment each article
 * was added. It never merges stories. Not thread-safe.
 */
public final class TfIdfStoryGrouper implements StoryGrouper {

    private final TfIdfGroupingSettings settings;
    private final LeadTerms leadTerms;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final Map<Long, OpenStory> open = new HashMap<>();
    private final Map<String, Set<Long>> index = new HashMap<>();
    private final TreeSet<OpenStory> byLast =
            new TreeSet<>(Comparator.comparing((OpenStory s) -> s.last).thenComparingLong(s -> s.id));
    private Instant newest;

    public TfIdfStoryGrouper(TfIdfGroupingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.leadTerms = new LeadTerms(settings);
    }

    public TfIdfStoryGrouper() {
        this(TfIdfGroupingSettings.defaults());
    }

    @Override
    public Placement place(GroupingInput article, LongSupplier newStory) {
        Map<String, Double> vector = admit(article);
        OpenStory best = null;
        double bestScore = 0;
        for (long id : candidates(vector)) {
            OpenStory story = open.get(id);
            if (!withinWindow(story, article.time())) {
                continue;
            }
            double score = story.cosine(vector);
            if (score > bestScore || (score == bestScore && best != null && story.id < best.id)) {
                best = story;
                bestScore = score;
            }
        }
        boolean joins = best != null && bestScore >= settings.threshold();
        long storyId = joins ? best.id : newStory.getAsLong();
        attach(storyId, article.time(), vector);
        return joins ? Placement.joined(storyId) : Placement.opened(storyId);
    }

    @Override
    public void restore(GroupingInput article, long storyId) {
        attach(storyId, article.time(), admit(article));
    }

    /** Number of stories that can still receive articles. */
    public int openStories() {
        return open.size();
    }

    /** Number of distinct terms held in the inverted index and the document frequencies. */
    public int heldTerms() {
        return Math.max(index.size(), frequencies.terms());
    }

    /** Advances the clock, evicts stale stories, counts the article's terms, returns its unit vector. */
    private Map<String, Double> admit(GroupingInput article) {
        Objects.requireNonNull(article.time(), "article time");
        if (newest == null || article.time().isAfter(newest)) {
            newest = article.time();
            evict();
        }
        Map<String, Double> tf = leadTerms.of(article);
        frequencies.add(tf.keySet());
        Map<String, Double> vector = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * frequencies.idf(e.getKey());
            vector.put(e.getKey(), w);
            sum += w * w;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            vector.replaceAll((t, w) -> w / norm);
        }
        return vector;
    }

    private Set<Long> candidates(Map<String, Double> vector) {
        List<Map.Entry<String, Double>> terms = new ArrayList<>(vector.entrySet());
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < Math.min(settings.queryTerms(), terms.size()); i++) {
            Set<Long> posting = index.get(terms.get(i).getKey());
            if (posting != null) {
                ids.addAll(posting);
            }
        }
        return ids;
    }

    private boolean withinWindow(OpenStory story, Instant time) {
        return !story.last.isBefore(time.minus(settings.window()))
                && !story.first.isAfter(time.plus(settings.window()))
                && !story.first.isBefore(time.minus(settings.maxStorySpan()));
    }

    private void attach(long storyId, Instant time, Map<String, Double> vector) {
        OpenStory story = open.get(storyId);
        if (story == null) {
            story = new OpenStory(storyId, time);
            open.put(storyId, story);
        } else {
            byLast.remove(story);
        }
        for (String term : vector.keySet()) {
            if (!story.termArticles().containsKey(term)) {
                index.computeIfAbsent(term, t -> new HashSet<>()).add(storyId);
            }
        }
        story.add(vector, time);
        byLast.add(story);
    }

    private void evict() {
        Instant horizon = newest.minus(settings.window()).minus(settings.allowedLateness());
        while (!byLast.isEmpty() && byLast.first().last.isBefore(horizon)) {
            OpenStory story = byLast.pollFirst();
            open.remove(story.id);
            for (String term : story.termArticles().keySet()) {
                Set<Long> posting = index.get(term);
                if (posting != null) {
                    posting.remove(story.id);
                    if (posting.isEmpty()) {
                        index.remove(term);
                    }
                }
            }
            frequencies.remove(story.termArticles(), story.articles);
        }
    }
}
