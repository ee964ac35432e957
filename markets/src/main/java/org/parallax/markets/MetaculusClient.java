package org.parallax.markets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Metaculus ({@code GET /api/posts/}, {@code GET /api/posts/{id}/}), with the account's API token
 * ({@code Authorization: Token ...}); without one the provider is never created, as Metaculus's
 * terms require an agreement for this use.
 */
final class MetaculusClient implements ForecastProvider {

    private static final int PAGE = 50;
    private static final String LIST = "/api/posts/?statuses=open&forecast_type=binary&with_cp=true";

    private final ProviderContext context;
    private final JsonFetcher fetcher;

    MetaculusClient(ProviderContext context) {
        if (context.settings().token() == null) {
            throw new IllegalArgumentException("Metaculus needs an API token");
        }
        this.context = context;
        this.fetcher = context.fetcher(Map.of("Authorization", "Token " + context.settings().token()));
    }

    @Override
    public MarketSource source() {
        return MarketSource.METACULUS;
    }

    @Override
    public Listing openQuestions() {
        return PagedListing.read(fetcher, context.settings().maxQuestions(), PAGE,
                offset -> context.uri(LIST + "&order_by=-hotness&limit=" + PAGE + "&offset=" + offset),
                MetaculusClient::page, post -> MetaculusPosts.question(post, context.clock().instant()));
    }

    /** A page of posts; the last one has no {@code next} address. */
    private static PagedListing.Page page(JsonNode body) {
        JsonNode results = body.path("results");
        if (!results.isArray()) {
            return PagedListing.Page.unreadable("no \"results\" array");
        }
        return PagedListing.Page.of(results, results.isEmpty() || body.path("next").isNull()
                || body.path("next").isMissingNode());
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        if (!externalId.matches("\\d{1,12}")) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not a Metaculus post id: " + externalId);
        }
        return fetcher.get(context.uri("/api/posts/" + externalId + "/"))
                .map(post -> MetaculusPosts.question(post, context.clock().instant()));
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return fetcher.get(context.uri(LIST + "&search=" + ProviderContext.encode(text) + "&limit=" + Math.min(max, PAGE)))
                .map(body -> {
                    List<MarketQuestion> out = new ArrayList<>();
                    body.path("results").forEach(post -> MetaculusPosts.question(post, context.clock().instant()).ifPresent(out::add));
                    return out;
                });
    }
}
