package org.parallax.eval;

import java.util.List;

import org.parallax.core.model.ArticleKind;

/**
 * One story of an evaluation file in the NeuS shape: its articles (one gold cluster) and, where
 * the file has them, the editors' neutral title and summary.
 */
public record GoldStory(String id, List<GoldArticle> articles, String referenceTitle, String reference) {
    public GoldStory {
        articles = List.copyOf(articles);
    }

    /**
     * @param published ISO date or date-time as written in the file, or null
     * @param kind      from the AllSides {@code opinion_tag}; news when the file does not say
     */
    public record GoldArticle(String title, String text, String outlet, String published, ArticleKind kind) {
    }
}
