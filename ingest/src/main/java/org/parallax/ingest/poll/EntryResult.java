package org.parallax.ingest.poll;

import java.util.Objects;

/**
 * What handling one feed entry came to.
 *
 * @param outcome   what happened, in a few words, kept with the entry
 * @param articleId the stored article it is (or copies), or null
 * @param pageTimedOut its page's host did not answer in time: other pages there wait for a later poll
 */
public record EntryResult(Kind kind, String outcome, Long articleId, boolean pageTimedOut) {
    public enum Kind {
        /** Stored as a new article. */
        STORED,
        /** Its address was stored before: nothing fetched or changed. */
        KNOWN,
        /** A copy of a stored article: recorded as one more carrier. */
        COPY,
        /** Not an article (no link, no text, too old...): done with it. */
        SKIPPED,
        /** Its page failed in a way that may pass: tried again on a later poll. */
        FAILED
    }

    public EntryResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }

    public EntryResult(Kind kind, String outcome, Long articleId) {
        this(kind, outcome, articleId, false);
    }

    public boolean done() {
        return kind != Kind.FAILED;
    }

    static EntryResult skipped(String why) {
        return new EntryResult(Kind.SKIPPED, why, null);
    }

    static EntryResult failed(String why) {
        return new EntryResult(Kind.FAILED, why, null);
    }

    /** This result, noting that the page's host did not answer in time. */
    EntryResult withPageTimedOut() {
        return new EntryResult(kind, outcome, articleId, true);
    }
}
