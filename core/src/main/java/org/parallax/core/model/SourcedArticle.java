package org.parallax.core.model;

import java.util.List;

/**
 * An article together with the outlet that published it: what brief composition reads.
 *
 * @param carriers the other outlets that ran the same article (wire copy recorded by deduplication);
 *                 empty when none is known
 */
public record SourcedArticle(Article article, Outlet outlet, List<Carrier> carriers) {

    public SourcedArticle {
        carriers = carriers == null ? List.of() : List.copyOf(carriers);
    }

    public SourcedArticle(Article article, Outlet outlet) {
        this(article, outlet, List.of());
    }

    public SourceRef ref() {
        return new SourceRef(article.id(), outlet.id(), outlet.name(), article.url());
    }
}
