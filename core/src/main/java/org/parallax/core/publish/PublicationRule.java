package org.parallax.core.publish;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.core.model.Brief;
import org.parallax.core.model.SourcedArticle;

/**
 * When a story is published. A reader can use a brief when at least two independent outlets report
 * the story and their articles give at least three facts; until then the story is developing: it
 * keeps its address, its articles and a note, and is listed nowhere.
 *
 * <p>Independent outlets are counted as sources, not as outlets: an article whose outlet is a wire
 * service, or whose byline credits one, counts as that wire service, so AP copy carried by five
 * outlets is one source (copy stored once with several carriers is one article already).
 *
 * @param minSources independent sources a published story needs
 * @param minFacts   facts its brief needs
 */
public record PublicationRule(int minSources, int minFacts) {

    /** The rule Parallax publishes by: two independent outlets, three facts. */
    public static final PublicationRule DEFAULT = new PublicationRule(2, 3);

    public PublicationRule {
        if (minSources < 1 || minFacts < 0) {
            throw new IllegalArgumentException("minSources must be >= 1 and minFacts >= 0");
        }
    }

    /** The status of a story whose brief is {@code brief}, composed from {@code articles}. */
    public StoryStatus status(Brief brief, List<SourcedArticle> articles) {
        return status(independentSources(articles).size(), brief.facts().size());
    }

    /** The status of a story with {@code sources} independent sources and {@code facts} facts. */
    public StoryStatus status(int sources, int facts) {
        return sources >= minSources && facts >= minFacts ? StoryStatus.PUBLISHED : StoryStatus.DEVELOPING;
    }

    /**
     * The story's independent sources, one key each, in the order of the articles: {@code "wire:AP"}
     * for wire copy, else {@code "outlet:ID"}.
     */
    public static Set<String> independentSources(List<SourcedArticle> articles) {
        Set<String> sources = new LinkedHashSet<>();
        for (SourcedArticle a : articles) {
            sources.add(WireServices.of(a.article(), a.outlet())
                    .map(wire -> "wire:" + wire.name())
                    .orElse("outlet:" + a.outlet().id()));
        }
        return sources;
    }
}
