package org.parallax.app.eval;

import java.time.Instant;

/**
 * One article of an evaluation file: the gold story it belongs to (its line in the file), its
 * headline and text, and its time (the story's or article's date, else one shared instant).
 */
public record GoldArticle(int story, String title, String text, Instant time) {
}
