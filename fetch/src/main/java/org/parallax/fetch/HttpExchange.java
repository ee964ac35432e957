package org.parallax.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.parallax.fetch.FetchOutcome.Failed;
import org.parallax.fetch.FetchOutcome.Fetched;
import org.parallax.fetch.FetchOutcome.Kind;
import org.parallax.fetch.FetchOutcome.Limit;
import org.parallax.fetch.FetchOutcome.NotModified;
import org.parallax.fetch.FetchOutcome.Refused;

/**
 * One HTTP exchange on the JDK client, the only place Parallax builds one: redirects are not
 * followed here (the {@link Fetcher} checks each hop), the body is streamed into a
 * {@link BoundedBody} and cut off beyond its limit, the whole exchange ends at a deadline, and
 * every failure becomes a {@link FetchOutcome}.
 */
final class HttpExchange implements AutoCloseable {
    /** A response to interpret, or the outcome that ended the exchange. */
    record Result(HttpResponse<byte[]> response, FetchOutcome outcome) {
    }

    private final FetchSettings settings;
    private final InstantSource clock;
    private final HttpClient client;

    HttpExchange(FetchSettings settings, InstantSource clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is checked by the fetcher
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /**
     * @param deadline    the request's whole deadline, for the message when it passes
     * @param budgetNanos what is left of it
     */
    Result send(FetchRequest request, URI url, Map<String, String> headers, int maxBytes, Duration deadline,
                long budgetNanos) {
        if (budgetNanos <= 0) {
            return new Result(null, timedOut(deadline, Duration.ZERO));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(Duration.ofNanos(budgetNanos))
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip, deflate");
        headers.forEach(builder::header);
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(), info -> {
            if (info.statusCode() != 200 && info.statusCode() != 203) {
                return BoundedBody.none();
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return declared > maxBytes ? BoundedBody.refused(maxBytes) : BoundedBody.upTo(maxBytes);
        });
        try {
            return new Result(future.get(budgetNanos, TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Result(null, timedOut(deadline, Duration.ofNanos(budgetNanos)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(null, new Failed(Kind.NETWORK, "interrupted", 0, null, Duration.ZERO));
        } catch (ExecutionException e) {
            return new Result(null, failure(url, e.getCause(), deadline));
        }
    }

    private FetchOutcome failure(URI url, Throwable cause, Duration deadline) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge tooLarge) {
                return new Refused(Limit.SIZE, "response larger than " + tooLarge.limit + " bytes");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new Failed(Kind.TIMEOUT, "connection to " + url.getHost() + " timed out", 0, null,
                        settings.connectTimeout());
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(deadline, deadline);
            }
            if (t instanceof ConnectException) {
                return new Failed(Kind.NETWORK, "connection to " + url.getHost() + " refused", 0, null, Duration.ZERO);
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failed(Kind.NETWORK, "network error: " + Fetcher.shorten(message), 0, null, Duration.ZERO);
    }

    private static Failed timedOut(Duration deadline, Duration elapsed) {
        String after = deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
        return new Failed(Kind.TIMEOUT, "timed out after " + after, 0, null, elapsed);
    }

    /** The outcome of a final (not redirecting) response. */
    FetchOutcome finish(URI url, HttpResponse<byte[]> response, Duration elapsed) {
        int status = response.statusCode();
        var headers = response.headers();
        if (status == 304) {
            return new NotModified(url, ResponseHints.maxAge(headers, clock.instant()), elapsed);
        }
        if (status != 200 && status != 203) {
            return new Failed(Kind.STATUS, "HTTP " + status, status, ResponseHints.retryAfter(headers, clock.instant()),
                    elapsed);
        }
        byte[] body;
        try {
            body = ContentDecoding.decode(response.body(), headers.firstValue("content-encoding").orElse(null),
                    settings.maxDecodedBytes());
        } catch (ContentDecoding.DecodedTooLarge e) {
            return new Refused(Limit.SIZE, e.getMessage());
        } catch (IOException e) {
            return new Failed(Kind.NETWORK, "undecodable body: " + Fetcher.shorten(String.valueOf(e.getMessage())),
                    status, null, elapsed);
        }
        return new Fetched(url, headers.firstValue("content-type").orElse(null), body,
                headers.firstValue("etag").orElse(null), headers.firstValue("last-modified").orElse(null),
                ResponseHints.maxAge(headers, clock.instant()), elapsed);
    }

    @Override
    public void close() {
        client.close();
    }
}
