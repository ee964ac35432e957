package org.parallax.app.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.parallax.app.wiring.Databases;
import org.parallax.core.model.FeedState;
import org.parallax.store.Database;
import org.parallax.store.FeedRepository.FeedWithOutlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax feeds}: every feed's health, failing feeds first. */
@Command(name = "feeds", description = {"Every feed's health: last success, mean fetch time, errors, last error, next poll.",
        "Failing feeds come first, then slow ones (a mean fetch time over 10 s: polled less often)."})
public final class FeedsCommand extends DataCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Option(names = "--failing", description = "Only feeds whose last poll failed.")
    boolean failingOnly;

    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            List<FeedWithOutlet> feeds = db.feeds().health();
            long failing = feeds.stream().filter(f -> f.feed().failing()).count();
            long never = feeds.stream().filter(f -> f.feed().lastPolled() == null).count();
            long slow = feeds.stream().filter(f -> !f.feed().failing() && f.feed().slow()).count();
            System.out.printf("%-7s %-24s %-7s %-16s %8s %-16s %6s %8s  %s%n", "status", "outlet", "kind", "last success",
                    "mean", "next poll (UTC)", "errors", "articles", "url / last error");
            for (FeedWithOutlet row : feeds) {
                FeedState feed = row.feed();
                if (failingOnly && !feed.failing()) {
                    continue;
                }
                String status = feed.failing() ? "FAILING" : feed.health();
                System.out.printf("%-7s %-24s %-7s %-16s %8s %-16s %6d %8d  %s%n", status, cut(row.outletName(), 24),
                        feed.kind().label(), time(feed.lastSuccess()), mean(feed), next(feed.nextPoll()),
                        feed.errorCount(), feed.articles(), feed.url());
                if (feed.lastError() != null) {
                    System.out.printf("%97s  last error %s: %s%n", "", time(feed.lastErrorAt()), feed.lastError());
                }
            }
            System.out.printf("%d feeds: %d failing, %d slow, %d not polled yet%n", feeds.size(), failing, slow, never);
            return 0;
        }
    }

    private static String time(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? "-" : TIME.format(instant);
    }

    private static String mean(FeedState feed) {
        return feed.fetchTime() == null ? "-" : String.format(Locale.ROOT, "%.1f s", feed.fetchTime().toMillis() / 1000.0);
    }

    private static String next(Instant instant) {
        return instant == null || instant.equals(Instant.EPOCH) ? "now" : TIME.format(instant);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
