package org.parallax.markets;

import java.util.List;
import java.util.Optional;

import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/**
 * A client of one prediction-market provider's public API. Only binary questions come out (or an
 * outcome that is itself a yes/no question); the rest are skipped and counted. Nothing here
 * throws on provider trouble: failures are {@link FetchError} values.
 */
public interface ForecastProvider {

    MarketSource source();

    /** Open questions, most active first, up to the provider's {@code maxQuestions}. */
    Listing openQuestions();

    /** One question by the provider's id, with its current probability; empty when it is not binary. */
    FetchResult<Optional<MarketQuestion>> question(String externalId);

    /** Open questions matching a text, as the provider's own search ranks them. */
    FetchResult<List<MarketQuestion>> search(String text, int max);

    /**
     * What a listing produced.
     *
     * @param questions the questions read, possibly only the first pages when a later one failed
     * @param skipped   questions read but not usable (not binary, no probability, ambiguous)
     * @param stoppedBy why the listing stopped early, or null when it read all it wanted
     */
    record Listing(List<MarketQuestion> questions, int skipped, FetchError stoppedBy) {
        public Listing {
            questions = List.copyOf(questions);
        }
    }
}
