package org.parallax.core.ratings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.parallax.core.model.Side;

/**
 * A rating measured from an outlet's own words at one recompute, as stored.
 *
 * @param score           the position on the axis, -1 .. +1
 * @param low             the lower end of its 90% interval
 * @param high            the upper end of its 90% interval
 * @param articles        the outlet's articles it rests on
 * @param words           the words in those articles
 * @param modelVersion    the model that measured it ({@link OutletRater#METHOD} and a digest)
 * @param trainingOutlets outlets whose hand-entered ratings the model was fitted to
 * @param crossFitted     whether the model was fitted without this outlet's own hand-entered rating
 * @param evidence        the phrases that moved it, strongest first (empty in history lists)
 */
public record MeasuredRating(long outletId, RatingAxis axis, Instant computedAt, double score, double low,
                             double high, int articles, long words, String modelVersion, int trainingOutlets,
                             boolean crossFitted, List<Evidence> evidence) {
    public MeasuredRating {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(computedAt, "computedAt");
        evidence = List.copyOf(evidence);
    }

    /** The reader-facing bucket of the score (the same band as hand-entered ratings). */
    public Side side() {
        return score <= -Side.CENTER_BAND ? Side.LEFT : score >= Side.CENTER_BAND ? Side.RIGHT : Side.CENTER;
    }

    /** The evidence pushing toward -1 (direction -1) or +1 (direction +1), strongest first. */
    public List<Evidence> evidence(int direction) {
        return evidence.stream().filter(e -> e.direction() == direction).toList();
    }
}
