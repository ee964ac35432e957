package org.parallax.markets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * GET of one JSON document from a provider, within its limits: its rate limiter, the address
 * policy, a time limit on the whole exchange and a size limit on the body. Every failure becomes a
 * {@link FetchError}; 429 and 503 with Retry-After also hold back the provider's later requests.
 */
final class JsonFetcher {

    /** How long to stay away after a 429 that does not say. */
    static final Duration DEFAULT_BACK_OFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACK_OFF = Duration.ofDays(1);

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build();

    private final HttpClient http;
    private final ProviderSettings settings;
    private final AddressPolicy addresses;
    private final RateLimiter limiter;
    private final InstantSource clock;
    private final Map<String, String> headers;

    /** @param headers sent with every request, User-Agent and authorisation included */
    JsonFetcher(HttpClient http, ProviderSettings settings, AddressPolicy addresses, RateLimiter limiter,
                InstantSource clock, Map<String, String> headers) {
        this.http = http;
        this.settings = settings;
        this.addresses = addresses;
        this.limiter = limiter;
        this.clock = clock;
        this.headers = Map.copyOf(headers);
    }

    FetchResult<JsonNode> get(URI uri) {
        Optional<String> refused = addresses.refusal(uri);
        if (refused.isPresent()) {
            return FetchResult.failed(FetchError.Kind.REFUSED_ADDRESS, refused.get());
        }
        try {
            Optional<Instant> blocked = limiter.acquire();
            if (blocked.isPresent()) {
                return FetchResult.failed(new FetchError(FetchError.Kind.RATE_LIMITED,
                        "the provider asked for no requests until " + blocked.get(), blocked.get()));
            }
            return exchange(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed(FetchError.Kind.NETWORK, "interrupted");
        }
    }

    private FetchResult<JsonNode> exchange(URI uri) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("Accept", "application/json");
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(request.build(), LimitedBody.handler(settings.maxResponseBytes()));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return FetchResult.failed(FetchError.Kind.TIMEOUT, "no complete response within " + settings.timeout());
        } catch (ExecutionException e) {
            return FetchResult.failed(failure(e.getCause()));
        }
        return interpret(uri, response);
    }

    private FetchResult<JsonNode> interpret(URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 429 || (status == 503 && response.headers().firstValue("Retry-After").isPresent())) {
            Instant until = retryAt(response.headers().firstValue("Retry-After").orElse(null));
            limiter.blockUntil(until);
            return FetchResult.failed(new FetchError(FetchError.Kind.RATE_LIMITED,
                    "HTTP " + status + " from " + uri.getHost(), until));
        }
        if (status != 200) {
            return FetchResult.failed(FetchError.Kind.HTTP_STATUS, "HTTP " + status + " for " + pathOf(uri));
        }
        try {
            JsonNode node = MAPPER.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "empty response for " + pathOf(uri));
            }
            return FetchResult.of(node);
        } catch (IOException e) {
            return FetchResult.failed(FetchError.Kind.BAD_RESPONSE, "not JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Retry-After as seconds or an HTTP date; a missing or unreadable value means one minute. */
    Instant retryAt(String header) {
        Instant now = clock.instant();
        Duration wait = DEFAULT_BACK_OFF;
        if (header != null) {
            String value = header.strip();
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
            } catch (NumberFormatException notSeconds) {
                try {
                    wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                } catch (DateTimeParseException notDate) {
                    wait = DEFAULT_BACK_OFF;
                }
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return now.plus(wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait);
    }

    private static FetchError failure(Throwable cause) {
        if (cause instanceof LimitedBody.TooLargeException) {
            return FetchError.of(FetchError.Kind.TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchError.of(FetchError.Kind.TIMEOUT, firstLine(cause.getMessage()));
        }
        return FetchError.of(FetchError.Kind.NETWORK, describe(cause));
    }

    /** "ConnectException: UnresolvedAddressException", or the first message along the causes. */
    private static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && out.length() < 200; t = t.getCause() == t ? null : t.getCause()) {
            if (!out.isEmpty()) {
                out.append(": ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return firstLine(out.append(" ").append(t.getMessage()).toString());
            }
        }
        return firstLine(out.toString());
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath();
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
