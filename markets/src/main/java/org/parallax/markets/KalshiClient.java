package org.parallax.markets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * Kalshi's public market data ({@code GET /markets} with cursor paging, {@code GET /markets/{ticker}});
 * no key needed. Kalshi has no text search.
 */
final class KalshiClient extends ProviderClient {

    private static final int PAGE = 200;

    KalshiClient(ProviderContext context) {
        super(MarketSource.KALSHI, KalshiMarkets::question, context, Map.of());
    }

    @Override
    public Listing openQuestions() {
        int max = context.settings().maxQuestions();
        List<MarketQuestion> out = new ArrayList<>();
        int skipped = 0;
        String cursor = null;
        do {
            String query = "/markets?status=open&limit=" + PAGE + (cursor == null ? "" : "&cursor=" + ProviderContext.encode(cursor));
            FetchResult<JsonNode> page = fetcher.get(context.uri(query));
            if (page instanceof FetchResult.Failed<JsonNode> failed) {
                return new Listing(out, skipped, failed.error());
            }
            JsonNode body = ((FetchResult.Fetched<JsonNode>) page).value();
            JsonNode markets = body.path("markets");
            if (!markets.isArray()) {
                return new Listing(out, skipped, FetchError.of(FetchError.Kind.BAD_RESPONSE, "no \"markets\" array"));
            }
            List<JsonNode> list = new ArrayList<>();
            markets.forEach(list::add);
            Set<String> ambiguous = KalshiMarkets.ambiguousTitles(list);
            for (JsonNode market : list) {
                Optional<MarketQuestion> q = ambiguous.contains(KalshiMarkets.titleKey(market)) ? Optional.empty()
                        : read(market);
                if (q.isPresent() && out.size() < max) {
                    out.add(q.get());
                } else if (q.isEmpty()) {
                    skipped++;
                }
            }
            cursor = JsonFields.text(body, "cursor");
            if (list.isEmpty()) {
                break;
            }
        } while (cursor != null && out.size() < max);
        return new Listing(out, skipped, null);
    }

    @Override
    public FetchResult<Optional<MarketQuestion>> question(String externalId) {
        return question(externalId, ProviderContext.isPlainId(externalId), "Kalshi ticker", "/markets/" + externalId,
                body -> read(body.path("market")));
    }

    @Override
    public FetchResult<List<MarketQuestion>> search(String text, int max) {
        return FetchResult.failed(FetchError.Kind.UNSUPPORTED, "Kalshi's API has no text search");
    }
}
