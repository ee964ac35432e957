package org.parallax.eval;

import java.time.Instant;
import java.util.Objects;

import org.parallax.core.model.ArticleKind;

/**
 * One article of an evaluation file: the gold story it belongs to (its line in the file), its
 * headline and text, its time (the story's or article's date, else one shared instant), and its kind
 * (from an AllSides {@code opinion_tag}; news when the file does not say).
 */
public record GoldArticle(int story, String title, String text, Instant time, ArticleKind kind) {

    public GoldArticle {
        Objects.requireNonNull(kind, "kind");
    }
}
