package org.parallax.web.edition;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.parallax.web.edition.Camp.Axis;

/**
 * Orders stories and a story's articles by the reader's sliders. A story's score adds, each
 * weighted by how far its slider is from neutral:
 * <ul>
 *   <li>importance: log of its outlet count, relative to the edition's best-covered story (always 1);</li>
 *   <li>recency: 0.5^(age / half-life), half-life 7 days, 1 day or 6 hours for recency 1, 2, 3 (weight 2 at 3);</li>
 *   <li>left-right and establishment: closeness of the story's mean outlet rating (or, for an article,
 *       its outlet's rating) to the slider's end, 1 - |score - slider/3| / 2 (weight 1.5 at ±3);</li>
 *   <li>nuance: minus loaded words per 100, capped at 3 (weight 1 at 3);</li>
 *   <li>depth: length on a log scale from 100 words (0) to about 3,000 (1), or its complement for
 *       negative depth (weight 1 at ±3).</li>
 * </ul>
 * Filters: the topic mix, and at recency 3 only stories seen in the three days before the edition.
 * Equal scores keep the newest first.
 */
public final class Ranking {
    static final Duration BREAKING_WINDOW = Duration.ofDays(3);

    private Ranking() {
    }

    public static List<EditionStory> stories(List<EditionStory> stories, ReaderSettings s, Instant reference) {
        int maxOutlets = stories.stream().mapToInt(EditionStory::outletCount).max().orElse(1);
        return stories.stream()
                .filter(story -> s.shows(story.topic()))
                .filter(story -> s.recency() < 3 || !story.lastSeen().isBefore(reference.minus(BREAKING_WINDOW)))
                .sorted(Comparator.comparingDouble((EditionStory story) -> -score(story, s, reference, maxOutlets))
                        .thenComparing(EditionStory::lastSeen, Comparator.reverseOrder())
                        .thenComparing(EditionStory::id, Comparator.reverseOrder()))
                .toList();
    }

    static double score(EditionStory story, ReaderSettings s, Instant reference, int maxOutlets) {
        double importance = Math.log1p(story.outletCount()) / Math.log1p(Math.max(1, maxOutlets));
        double score = importance;
        if (s.recency() > 0) {
            double halfLifeHours = switch (s.recency()) {
                case 1 -> 24 * 7;
                case 2 -> 24;
                default -> 6;
            };
            double ageHours = Math.max(0, Duration.between(story.lastSeen(), reference).toMinutes() / 60.0);
            score += (2.0 * s.recency() / 3) * Math.pow(0.5, ageHours / halfLifeHours);
        }
        score += lean(story.lean(Axis.LEFT_RIGHT), s.lr()) + lean(story.lean(Axis.ESTABLISHMENT), s.est());
        score += tone(story.meanLoadedPer100(), s.nuance()) + length(story.meanWords(), s.depth());
        return score;
    }

    /** The story's articles, the ones the sliders favour first; with neutral sliders, oldest first. */
    public static List<ArticleSignal> articles(List<ArticleSignal> articles, ReaderSettings s) {
        return articles.stream()
                .sorted(Comparator.comparingDouble((ArticleSignal a) -> -articleScore(a, s))
                        .thenComparing(ArticleSignal::time)
                        .thenComparing(ArticleSignal::articleId))
                .toList();
    }

    static double articleScore(ArticleSignal a, ReaderSettings s) {
        return lean(a.stance(), s.lr()) + lean(a.establishment(), s.est()) + tone(a.loadedPer100(), s.nuance())
                + length(a.words(), s.depth());
    }

    private static double lean(Double score, int slider) {
        if (slider == 0) {
            return 0;
        }
        double closeness = score == null ? 0.25 : 1 - Math.abs(score - slider / 3.0) / 2;
        return 1.5 * Math.abs(slider) / 3 * closeness;
    }

    private static double tone(double loadedPer100, int nuance) {
        return nuance == 0 ? 0 : -(nuance / 3.0) * Math.min(3, loadedPer100) / 3;
    }

    private static double length(double words, int depth) {
        if (depth == 0) {
            return 0;
        }
        double longness = Math.clamp((Math.log10(Math.max(1, words)) - 2) / 1.5, 0, 1);
        return Math.abs(depth) / 3.0 * (depth > 0 ? longness : 1 - longness);
    }
}
