package org.parallax.web.edition;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Topic;
import org.parallax.web.edition.Camp.Axis;

/** A published story as the reader's pages use it: its brief and its articles' signals. */
public record EditionStory(long id, Topic topic, Instant firstSeen, Instant lastSeen, Brief brief,
                           List<ArticleSignal> articles) {
    public EditionStory {
        articles = List.copyOf(articles);
    }

    public String title() {
        return brief.title();
    }

    public int outletCount() {
        return (int) articles.stream().mapToLong(ArticleSignal::outletId).distinct().count();
    }

    public CoverageBar bar(Axis axis) {
        return CoverageBar.of(axis, articles);
    }

    public CoverageBar leftRight() {
        return bar(Axis.LEFT_RIGHT);
    }

    public CoverageBar establishment() {
        return bar(Axis.ESTABLISHMENT);
    }

    /** Mean rated score of its distinct outlets on the axis, or null when none is rated. */
    public Double lean(Axis axis) {
        return articles.stream().filter(a -> axis.score(a) != null)
                .collect(java.util.stream.Collectors.toMap(ArticleSignal::outletId, axis::score, (a, b) -> a))
                .values().stream().mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    }

    public double meanWords() {
        return articles.stream().mapToInt(ArticleSignal::words).average().orElse(0);
    }

    public double meanLoadedPer100() {
        return articles.stream().mapToDouble(ArticleSignal::loadedPer100).average().orElse(0);
    }

    /** The opening of the brief: its first fact, or its first narrative when no report covers it. */
    public String lead() {
        if (!brief.facts().isEmpty()) {
            return brief.facts().getFirst().text();
        }
        return brief.narratives().isEmpty() ? "" : brief.narratives().getFirst().text();
    }

    public String topicSlug() {
        return slug(topic);
    }

    public static String slug(Topic topic) {
        return topic.name().toLowerCase(Locale.ROOT);
    }
}
