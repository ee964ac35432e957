package org.parallax.web.edition;

import java.time.Instant;

import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Side;

/**
 * One article of a story with what the sliders read: its outlet's two ratings, its length and its
 * share of loaded words.
 *
 * @param stance        the outlet's left-right score in [-1, 1], or null when unrated
 * @param establishment the outlet's establishment score in [-1, 1], or null when unrated
 * @param words         words in the article's text
 * @param loadedPer100  loaded words (core.text.LoadedWords) per 100 words
 */
public record ArticleSignal(long articleId, long outletId, String outletName, Double stance, Double establishment,
                            Side side, ArticleKind kind, String title, String url, Instant time, int words,
                            double loadedPer100) {
}
