package org.parallax.eval.bias;

/** A method's answer for one scored outlet: a left-right score and a three-way bucket (-1, 0, +1). */
public record OutletPrediction(double score, int bucket) {
}
