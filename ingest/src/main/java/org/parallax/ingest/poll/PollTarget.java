package org.parallax.ingest.poll;

import java.util.Objects;

import org.parallax.core.model.FeedState;
import org.parallax.core.model.OutletHint;

/** A feed due for polling, with the outlet its articles are attributed to. */
public record PollTarget(FeedState feed, OutletHint outlet) {
    public PollTarget {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(outlet, "outlet");
    }
}
