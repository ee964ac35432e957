package org.parallax.core.model;

/** An article together with the outlet that published it: what brief composition reads. */
public record SourcedArticle(Article article, Outlet outlet) {
    public SourceRef ref() {
        return new SourceRef(article.id(), outlet.id(), outlet.name(), article.url());
    }
}
