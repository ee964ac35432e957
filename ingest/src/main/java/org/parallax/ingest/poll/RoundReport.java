package org.parallax.ingest.poll;

/**
 * What one polling round did.
 *
 * @param feeds       feeds polled
 * @param failed      feeds whose poll failed (unreachable, refused, not a feed)
 * @param notModified feeds that answered "not modified"
 * @param newEntries  entries handled for the first time
 * @param stored      new articles
 * @param copies      copies of stored articles, recorded as carriers
 * @param skipped     entries that were no article
 * @param retrying    entries whose page failed and will be tried again
 */
public record RoundReport(int feeds, int failed, int notModified, int newEntries, int stored, int copies, int skipped,
                          int retrying) {
    public static final RoundReport EMPTY = new RoundReport(0, 0, 0, 0, 0, 0, 0, 0);

    /** One feed polled, and failed. */
    static RoundReport failure() {
        return new RoundReport(1, 1, 0, 0, 0, 0, 0, 0);
    }

    /** What handling one entry adds. */
    static RoundReport of(EntryResult result, boolean isNew) {
        int fresh = isNew ? 1 : 0;
        return switch (result.kind()) {
            case STORED -> new RoundReport(0, 0, 0, fresh, 1, 0, 0, 0);
            case COPY -> new RoundReport(0, 0, 0, fresh, 0, 1, 0, 0);
            case KNOWN -> new RoundReport(0, 0, 0, fresh, 0, 0, 0, 0);
            case SKIPPED -> new RoundReport(0, 0, 0, fresh, 0, 0, 1, 0);
            case FAILED -> new RoundReport(0, 0, 0, fresh, 0, 0, 0, 1);
        };
    }

    RoundReport plus(RoundReport o) {
        return new RoundReport(feeds + o.feeds, failed + o.failed, notModified + o.notModified,
                newEntries + o.newEntries, stored + o.stored, copies + o.copies, skipped + o.skipped,
                retrying + o.retrying);
    }

    @Override
    public String toString() {
        return feeds + " feeds polled (" + failed + " failed, " + notModified + " not modified), " + newEntries
                + " new entries: " + stored + " articles stored, " + copies + " copies, " + skipped + " skipped, "
                + retrying + " to retry";
    }
}
