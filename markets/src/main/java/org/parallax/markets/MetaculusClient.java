package org.parallax.markets;

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
final class MetaculusClient extends ProviderClient {

    private static final int PAGE = 50;
    private static final String LIST = "/api/posts/?statuses=open&forecast_type=binary&with_cp=true";

    MetaculusClient(ProviderContext context) {
        super(MarketSource.METACULUS, MetaculusPosts::question, context, Map.of("Authorization", "Token " + token(context)));
    }

    private static String token(ProviderContext context) {
        if (context.settings().token() == null) {
            throw new IllegalArgumentException("Metaculus needs an API token");
        }
        return context.settings().token();
    }

    @Override
    public Listing openQuestions() {
        return pages(PAGE, offset -> context.uri(LIST + "&order_by=-hotness&limit=" + PAGE + "&offset=" + offset),
                MetaculusClient::page);
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
        return question(externalId, externalId != null && externalId.matches("\\d{1,12}"), "Metaculus post id",
                "/api/posts/" + externalId + "/", this::read);
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return search(LIST + "&search=" + ProviderContext.encode(text) + "&limit=" + Math.min(max, PAGE), max,
                body -> body.path("results"));
    }
}
