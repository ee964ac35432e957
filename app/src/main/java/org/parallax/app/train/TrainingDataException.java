package org.parallax.app.train;

/** The training data a model needs are missing or malformed; the message says which and what to do. */
public final class TrainingDataException extends RuntimeException {
    public TrainingDataException(String message) {
        super(message);
    }
}
