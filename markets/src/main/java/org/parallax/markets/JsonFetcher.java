package org.parallax.markets;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parallax.fetch.AddressClass;
import org.parallax.fetch.AddressPolicy;
import org.parallax.fetch.FetchOutcome;
import org.parallax.fetch.FetchRequest;
import org.parallax.fetch.Fetcher;

/**
 * GET of one JSON document from a provider through the one fetch layer ({@link Fetcher}), with the
 * provider's limits: its pause between requests, time and size limits, and its address policy.
 * Every failure becomes a {@link FetchError}; 429 and 503 with Retry-After hold back the
 * provider's later requests (the fetch layer leaves the host alone until then).
 */
final class JsonFetcher {

    /** How long to stay away after a 429 that does not say. */
    static final Duration DEFAULT_BACK_OFF = Duration.ofMinutes(1);

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build();

    private final Fetcher fetcher;
    private final ProviderSettings settings;
    private final AddressPolicy addresses;
    private final InstantSource clock;
    private final Map<String, String> headers;

    /**
     * @param allowPrivate let the provider resolve to loopback and private addresses (a local mirror, tests)
     * @param headers      sent with every request to the provider's origin (authorisation)
     */
    JsonFetcher(Fetcher fetcher, ProviderSettings settings, boolean allowPrivate, InstantSource clock,
                Map<String, String> headers) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.addresses = allowPrivate ? AddressPolicy.allowing(AddressClass.LOOPBACK, AddressClass.PRIVATE)
                : AddressPolicy.publicOnly();
        this.clock = clock;
        this.headers = Map.copyOf(headers);
    }

    FetchResult<JsonNode> get(URI uri) {
        FetchRequest request = FetchRequest.json(uri)
                .withMaxBytes((int) Math.min(Integer.MAX_VALUE, settings.maxResponseBytes()))
                .withHostDelay(settings.minInterval())
                .withTimeout(settings.timeout())
                .withAddresses(addresses);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.withHeader(header.getKey(), header.getValue());
        }
        return switch (fetcher.fetch(request)) {
            case FetchOutcome.Fetched fetched -> json(uri, fetched.body());
            case FetchOutcome.NotModified notModified ->
                    FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not modified: " + uri.getRawPath());
            case FetchOutcome.Refused refused -> FetchResult.failed(refused.limit() == FetchOutcome.Limit.SIZE
                    ? FetchError.Kind.TOO_LARGE : FetchError.Kind.REFUSED_ADDRESS, refused.reason());
            case FetchOutcome.Failed failed -> FetchResult.failed(error(uri, failed));
        };
    }

    private FetchError error(URI uri, FetchOutcome.Failed failed) {
        if (failed.kind() == FetchOutcome.Kind.HELD_OFF || failed.status() == 429
                || (failed.status() == 503 && failed.retryAfter() != null)) {
            Instant until = clock.instant().plus(failed.retryAfter() == null ? DEFAULT_BACK_OFF : failed.retryAfter());
            String why = failed.kind() == FetchOutcome.Kind.HELD_OFF ? "the provider asked for no requests until " + until
                    : "HTTP " + failed.status() + " from " + uri.getHost();
            return new FetchError(FetchError.Kind.RATE_LIMITED, why, until);
        }
        return switch (failed.kind()) {
            case TIMEOUT -> FetchError.of(FetchError.Kind.TIMEOUT, failed.reason());
            case STATUS -> FetchError.of(FetchError.Kind.HTTP_STATUS, "HTTP " + failed.status() + " for " + uri.getRawPath());
            default -> FetchError.of(FetchError.Kind.NETWORK, failed.reason());
        };
    }

    private static FetchResult<JsonNode> json(URI uri, byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "empty response for " + uri.getRawPath());
            }
            return FetchResult.of(node);
        } catch (IOException e) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
