package org.parallax.ingest.poll;

import java.net.URI;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Optional;

import org.parallax.core.dedup.TextFingerprint;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.extract.Extraction;
import org.parallax.extract.HtmlDecoder;
import org.parallax.extract.HtmlExtractor;
import org.parallax.feeds.FeedEntry;
import org.parallax.fetch.FetchOutcome;
import org.parallax.fetch.FetchRequest;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.RobotsCache;
import org.parallax.extract.url.ArticleUrls;

/**
 * Turns one new feed entry into a stored article: unless its address is known, fetch its page
 * (when robots.txt allows), extract it, fill the gaps from the entry ({@link DraftBuilder}), and
 * hand it to the {@link ArticleSink}, which keeps one article per piece of writing. Pages are fetched
 * through the one fetch layer, with the host's Crawl-delay when robots.txt gives one. A page that
 * fails in a way that may pass is tried again on later polls; on the last try, or when the page
 * may not or cannot be fetched, the entry's own text is used when it is long enough.
 */
final class EntryIngestor {
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final HtmlExtractor extractor;
    private final ArticleSink sink;
    private final DraftBuilder drafts;
    private final InstantSource clock;
    private final int maxAttempts;

    EntryIngestor(Fetcher fetcher, RobotsCache robots, HtmlExtractor extractor, ArticleSink sink,
                  PollSettings settings, InstantSource clock) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.extractor = extractor;
        this.sink = sink;
        this.drafts = new DraftBuilder(settings.minWords());
        this.clock = clock;
        this.maxAttempts = settings.maxEntryAttempts();
    }

    /**
     * @param articleKey the entry link's address key ({@link ArticleUrls#key})
     * @param attempt    1 for the first try
     */
    EntryResult ingest(long outletId, OutletHint outlet, FeedEntry entry, String articleKey, ArticleKind feedKind,
                       String feedLanguage, int attempt) {
        Optional<Long> known = sink.find(articleKey);
        if (known.isPresent()) {
            ArticleKind listed = KindResolver.resolve(null, entry.categories(), articleKey, feedKind);
            if (listed.isArgument()) {
                sink.raiseKind(known.get(), outletId, listed);
            }
            return new EntryResult(EntryResult.Kind.KNOWN, "already stored", known.get());
        }
        URI uri;
        try {
            uri = URI.create(articleKey);
        } catch (IllegalArgumentException e) {
            return EntryResult.skipped("unusable link: " + articleKey);
        }
        Extraction page = null;
        String pageNote;
        String address = articleKey;
        Optional<String> disallowed = robots.refusal(uri);
        boolean timedOut = false;
        if (disallowed.isPresent()) {
            pageNote = disallowed.get();
        } else {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.page(uri).withHostDelay(robots.crawlDelay(uri).orElse(null)));
            timedOut = outcome instanceof FetchOutcome.Failed failed && failed.kind() == FetchOutcome.Kind.TIMEOUT;
            switch (outcome) {
                case FetchOutcome.Fetched fetched when isHtml(fetched.contentType()) -> {
                    String html = HtmlDecoder.decode(fetched.body(), fetched.body().length, fetched.charset());
                    page = extractor.extract(html, fetched.finalUrl().toString());
                    address = ArticleUrls.key(fetched.finalUrl().toString()).orElse(articleKey);
                    pageNote = page.hasArticle() ? null : "no article found in the page";
                }
                case FetchOutcome.Fetched fetched -> pageNote = "not HTML (" + fetched.contentType() + ")";
                case FetchOutcome.NotModified notModified -> pageNote = "not modified";
                case FetchOutcome.Refused refused -> pageNote = refused.reason();
                case FetchOutcome.Failed failed -> {
                    if (failed.retryable() && attempt < maxAttempts) {
                        EntryResult retry = EntryResult.failed("page: " + failed.reason());
                        return timedOut ? retry.withPageTimedOut() : retry;
                    }
                    pageNote = failed.reason();
                }
            }
        }
        EntryResult result = store(outletId, outlet, entry, address, page, pageNote, feedKind, feedLanguage);
        return timedOut ? result.withPageTimedOut() : result;
    }

    private EntryResult store(long outletId, OutletHint outlet, FeedEntry entry, String address, Extraction page,
                              String pageNote, ArticleKind feedKind, String feedLanguage) {
        return switch (drafts.build(outlet, entry, address, page, pageNote, feedKind, feedLanguage)) {
            case DraftBuilder.NoArticle none -> EntryResult.skipped(none.reason());
            case DraftBuilder.Draft built -> {
                var draft = built.draft();
                ArticleSink.Result result = sink.store(outletId, draft, TextFingerprint.of(draft.text()),
                        clock.instant());
                String source = page != null && pageNote == null ? "" : " from the feed's text";
                yield switch (result.stored()) {
                    case NEW -> new EntryResult(EntryResult.Kind.STORED, "stored" + source, result.articleId());
                    case KNOWN -> new EntryResult(EntryResult.Kind.KNOWN, "already stored", result.articleId());
                    case COPY -> new EntryResult(EntryResult.Kind.COPY, "copy of article " + result.articleId(),
                            result.articleId());
                };
            }
        };
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true; // sniffing is the extractor's job; most such pages are HTML
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html");
    }
}
