package org.parallax.app.eval;

import java.util.List;

/**
 * One story of an evaluation file in the NeuS shape: its articles (one gold cluster) and, where
 * the file has them, the editors' neutral title and summary.
 */
public record GoldStory(String id, List<GoldArticle> articles, String referenceTitle, String reference) {
    public GoldStory {
        articles = List.copyOf(articles);
    }

    /** @param published ISO date or date-time as written in the file, or null */
    public record GoldArticle(String title, String text, String outlet, String published) {
    }
}
