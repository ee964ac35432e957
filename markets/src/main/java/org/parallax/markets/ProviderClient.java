package org.parallax.markets;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * What the provider clients share: the provider's context and JSON fetcher, and the three reads
 * every API offers in its own words (a paged listing, one question by id, a text search). A client
 * says how its API names things; its {@link ItemReader} how one market item becomes a question.
 */
abstract class ProviderClient implements ForecastProvider {

    /** Reads one market item of a provider's answers as a question at a time. */
    interface ItemReader {
        /** Empty for a market Parallax cannot use (not binary, no probability). */
        Optional<MarketQuestion> question(JsonNode item, Instant readAt);
    }

    private final MarketSource source;
    private final ItemReader items;
    final ProviderContext context;
    final JsonFetcher fetcher;

    /** @param headers extra request headers, e.g. authorisation */
    ProviderClient(MarketSource source, ItemReader items, ProviderContext context, Map<String, String> headers) {
        this.source = source;
        this.items = items;
        this.context = context;
        this.fetcher = context.fetcher(headers);
    }

    @Override
    public final MarketSource source() {
        return source;
    }

    /** The question of one market item read now, empty for a market Parallax cannot use. */
    final Optional<MarketQuestion> read(JsonNode item) {
        return items.question(item, context.clock().instant());
    }

    /** An offset-paged listing up to the provider's {@code maxQuestions}, each item read with {@link #read}. */
    final Listing pages(int pageSize, IntFunction<URI> pageAt, Function<JsonNode, PagedListing.Page> pageOf) {
        return PagedListing.read(fetcher, context.settings().maxQuestions(), pageSize, pageAt, pageOf, this::read);
    }

    /**
     * One question by id. The id goes into a URL path, so one that is not plain is refused before any request.
     *
     * @param what  what the provider calls its ids, for the refusal: "Kalshi ticker"
     * @param path  the question's address below the API root
     * @param answer the question in the answer's body
     */
    final FetchResult<Optional<MarketQuestion>> question(String externalId, boolean plain, String what, String path,
                                                         Function<JsonNode, Optional<MarketQuestion>> answer) {
        if (!plain) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not a " + what + ": " + externalId);
        }
        return fetcher.get(context.uri(path)).map(answer);
    }

    /**
     * A text search: the market items of the answer read as questions, the unusable and the closed ones
     * left out, at most {@code max}.
     */
    final FetchResult<List<MarketQuestion>> search(String pathAndQuery, int max, Function<JsonNode, Iterable<JsonNode>> found) {
        return fetcher.get(context.uri(pathAndQuery)).map(body -> {
            Instant now = context.clock().instant();
            List<MarketQuestion> out = new ArrayList<>();
            for (JsonNode item : found.apply(body)) {
                items.question(item, now).filter(q -> q.closesAt() == null || q.closesAt().isAfter(now))
                        .filter(q -> out.size() < max)
                        .ifPresent(out::add);
            }
            return out;
        });
    }
}
