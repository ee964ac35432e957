package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.SourcedArticle;

/** Which of a story's articles brief composition reads, in a stable order. */
final class ArticlePool {

    static final Comparator<SourcedArticle> BY_TIME =
            Comparator.comparing((SourcedArticle a) -> a.article().time()).thenComparingLong(a -> a.article().id());

    private ArticlePool() {
    }

    /**
     * The reporting (NEWS) articles, oldest first; at most {@code max}, taken round-robin across
     * outlets so that a prolific outlet cannot crowd out the others. Opinion and analysis pieces
     * are never a source of facts, even when a story has nothing else: an argument's sentence
     * shown under FACTS would pass an opinion off as reporting.
     */
    static List<SourcedArticle> reporting(List<SourcedArticle> articles, int max) {
        return roundRobin(articles.stream().filter(a -> !a.article().kind().isArgument()).toList(), max);
    }

    static List<SourcedArticle> roundRobin(List<SourcedArticle> articles, int max) {
        Map<Long, List<SourcedArticle>> byOutlet = new LinkedHashMap<>();
        articles.stream().sorted(BY_TIME)
                .forEach(a -> byOutlet.computeIfAbsent(a.outlet().id(), k -> new ArrayList<>()).add(a));
        List<SourcedArticle> out = new ArrayList<>();
        for (int round = 0; out.size() < max; round++) {
            boolean any = false;
            for (List<SourcedArticle> list : byOutlet.values()) {
                if (round < list.size() && out.size() < max) {
                    out.add(list.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        out.sort(BY_TIME);
        return out;
    }
}
