package org.parallax.core.cluster.online;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the open stories worth scoring for an article, without looking at the others: the stories
 * of the open articles that share a hash bucket with the article's vector in any table (approximate
 * nearest neighbours, {@link HyperplaneHash}), and the stories indexed under the article's rarest
 * words and its names (an inverted index). Both hold only open stories, so the work per article
 * follows the volume of news in the window, not the size of the archive.
 */
final class CandidateIndex {

    private static final String ENTITY = "@";

    private final List<Map<Integer, Set<Long>>> buckets = new ArrayList<>();
    private final Map<Long, Long> storyOfArticle = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();

    CandidateIndex(int tables) {
        for (int t = 0; t < tables; t++) {
            buckets.add(new HashMap<>());
        }
    }

    /**
     * Stories of articles in the same buckets as {@code hashKeys}, and stories under {@code names}
     * that are in at most {@code maxPosting} stories.
     */
    Set<Long> neighbours(int[] hashKeys, Collection<String> names, int maxPosting) {
        Set<Long> stories = new HashSet<>();
        if (hashKeys != null) {
            for (int t = 0; t < hashKeys.length; t++) {
                Set<Long> articles = buckets.get(t).get(hashKeys[t]);
                if (articles != null) {
                    for (long article : articles) {
                        stories.add(storyOfArticle.get(article));
                    }
                }
            }
        }
        names.forEach(n -> addPosting(stories, ENTITY + n, maxPosting));
        return stories;
    }

    /**
     * Per story that has some of {@code weights}' words (each in at most {@code maxPosting} stories):
     * the sum of the squared weights of the words it has. One pass over the words' postings, so the
     * cost does not depend on how many words the stories have.
     */
    Map<Long, Double> sharedWeight(Map<String, Double> weights, int maxPosting) {
        Map<Long, Double> shared = new HashMap<>();
        weights.forEach((word, w) -> {
            Set<Long> posting = postings.get(word);
            if (posting != null && posting.size() <= maxPosting) {
                for (long story : posting) {
                    shared.merge(story, w * w, Double::sum);
                }
            }
        });
        return shared;
    }

    private void addPosting(Set<Long> stories, String key, int maxPosting) {
        Set<Long> posting = postings.get(key);
        if (posting != null && posting.size() <= maxPosting) {
            stories.addAll(posting);
        }
    }

    /** Indexes an article that joined {@code story} (after {@link StoryState#add}). */
    void add(ArticleFeatures article, StoryState story) {
        storyOfArticle.put(article.articleId(), story.id);
        if (article.hashKeys() != null) {
            for (int t = 0; t < article.hashKeys().length; t++) {
                buckets.get(t).computeIfAbsent(article.hashKeys()[t], k -> new HashSet<>()).add(article.articleId());
            }
        }
        article.terms().keySet().forEach(w -> postings.computeIfAbsent(w, k -> new HashSet<>()).add(story.id));
        article.entities().forEach(e -> postings.computeIfAbsent(ENTITY + e, k -> new HashSet<>()).add(story.id));
    }

    /** Re-files the articles and words of {@code from} under {@code into}. */
    void move(StoryState from, StoryState into) {
        for (StoryState.Member m : from.members) {
            storyOfArticle.put(m.articleId(), into.id);
        }
        forEachKey(from, key -> {
            Set<Long> posting = postings.get(key);
            posting.remove(from.id);
            posting.add(into.id);
        });
    }

    /** Forgets a story and its articles. */
    void remove(StoryState story) {
        for (StoryState.Member m : story.members) {
            storyOfArticle.remove(m.articleId());
            if (m.hashKeys() != null) {
                for (int t = 0; t < m.hashKeys().length; t++) {
                    Set<Long> bucket = buckets.get(t).get(m.hashKeys()[t]);
                    bucket.remove(m.articleId());
                    if (bucket.isEmpty()) {
                        buckets.get(t).remove(m.hashKeys()[t]);
                    }
                }
            }
        }
        forEachKey(story, key -> {
            Set<Long> posting = postings.get(key);
            posting.remove(story.id);
            if (posting.isEmpty()) {
                postings.remove(key);
            }
        });
    }

    int articles() {
        return storyOfArticle.size();
    }

    int keys() {
        return postings.size();
    }

    private static void forEachKey(StoryState story, java.util.function.Consumer<String> action) {
        story.termArticles.keySet().forEach(action);
        story.entities.keySet().forEach(e -> action.accept(ENTITY + e));
    }
}
