package org.parallax.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.parallax.fetch.FetchOutcome.Failed;
import org.parallax.fetch.FetchOutcome.Fetched;
import org.parallax.fetch.FetchOutcome.NotModified;
import org.parallax.fetch.FetchOutcome.Refused;

/**
 * GETs a URL safely: only http and https; every host (also after each redirect) resolved and
 * checked against the {@link AddressPolicy} before connecting; redirects followed by hand, up to
 * a limit and never in a loop; the body streamed and cut off beyond its limit, then decompressed
 * up to another; one request at a time per host with a pause between ({@link HostPacer});
 * conditional requests with ETag and Last-Modified. Every outcome is a value, never an exception.
 * Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final HostResolver resolver;
    private final HostPacer pacer;
    private final InstantSource clock;
    private final HttpClient client;

    public Fetcher(FetchSettings settings, HostResolver resolver, HostPacer pacer, InstantSource clock) {
        this.settings = settings;
        this.resolver = resolver;
        this.pacer = pacer;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is checked here
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** A fetcher over the system's resolver, pacing hosts with real sleeps. */
    public static Fetcher standard(FetchSettings settings, InstantSource clock) {
        return new Fetcher(settings, HostResolver.system(), new HostPacer(settings.hostDelay(), clock,
                HostPacer.Sleeper.system()), clock);
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchOutcome fetch(FetchRequest request) {
        int maxBytes = request.maxBytes() > 0 ? Math.min(request.maxBytes(), settings.maxBodyBytes())
                : settings.maxBodyBytes();
        long budget = settings.totalTimeout().toNanos();
        Set<String> visited = new HashSet<>();
        URI url = request.url();
        for (int hop = 0; ; hop++) {
            Optional<FetchOutcome> refusal = checkTarget(url);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if (!visited.add(url.normalize().toString())) {
                return new Failed("redirect loop: " + url + " was visited before", 0, null);
            }
            long started = System.nanoTime();
            Exchange exchange;
            try (HostPacer.Permit ignored = pacer.acquire(hostKey(url))) {
                started = System.nanoTime(); // waiting for the host's turn is not the server's time
                exchange = send(request, url, maxBytes, budget);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Failed("interrupted", 0, null);
            }
            budget -= System.nanoTime() - started;
            if (exchange.outcome() != null) {
                return exchange.outcome();
            }
            HttpResponse<byte[]> response = exchange.response();
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("location");
                if (location.isEmpty()) {
                    return new Failed("HTTP " + status + " redirect without a Location", status, null);
                }
                if (hop >= settings.maxRedirects()) {
                    return new Failed("more than " + settings.maxRedirects() + " redirects", status, null);
                }
                Optional<URI> next = resolve(url, location.get());
                if (next.isEmpty()) {
                    return new Refused("redirect to an unusable address: " + shorten(location.get()));
                }
                url = next.get();
                continue;
            }
            return finish(url, response);
        }
    }

    private record Exchange(HttpResponse<byte[]> response, FetchOutcome outcome) {
    }

    private Optional<FetchOutcome> checkTarget(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new Refused("only http and https URLs are fetched: " + shorten(url.toString())));
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(new Refused("URL without a host: " + shorten(url.toString())));
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of(new Refused("URL with user information: " + host));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(new Failed("cannot resolve host " + host, 0, null));
        }
        if (addresses.isEmpty()) {
            return Optional.of(new Failed("cannot resolve host " + host, 0, null));
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = settings.addresses().refusal(host, address);
            if (refusal.isPresent()) {
                return Optional.of(new Refused(refusal.get()));
            }
        }
        return Optional.empty();
    }

    private Exchange send(FetchRequest request, URI url, int maxBytes, long budgetNanos) {
        if (budgetNanos <= 0) {
            return new Exchange(null, timedOut());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(Duration.ofNanos(budgetNanos))
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip, deflate");
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
            return new Exchange(future.get(budgetNanos, TimeUnit.NANOSECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(null, timedOut());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Exchange(null, new Failed("interrupted", 0, null));
        } catch (ExecutionException e) {
            return new Exchange(null, failure(url, e.getCause()));
        }
    }

    private FetchOutcome failure(URI url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge tooLarge) {
                return new Refused("response larger than " + tooLarge.limit + " bytes");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new Failed("connection to " + url.getHost() + " timed out", 0, null);
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut();
            }
            if (t instanceof ConnectException) {
                return new Failed("connection to " + url.getHost() + " refused", 0, null);
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failed("network error: " + shorten(message), 0, null);
    }

    private FetchOutcome timedOut() {
        return new Failed("timed out after " + settings.totalTimeout().toSeconds() + " s", 0, null);
    }

    private FetchOutcome finish(URI url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        var headers = response.headers();
        if (status == 304) {
            return new NotModified(url, ResponseHints.maxAge(headers, clock.instant()));
        }
        if (status != 200 && status != 203) {
            return new Failed("HTTP " + status, status, ResponseHints.retryAfter(headers, clock.instant()));
        }
        byte[] body;
        try {
            body = ContentDecoding.decode(response.body(), headers.firstValue("content-encoding").orElse(null),
                    settings.maxDecodedBytes());
        } catch (ContentDecoding.DecodedTooLarge e) {
            return new Refused(e.getMessage());
        } catch (IOException e) {
            return new Failed("undecodable body: " + shorten(String.valueOf(e.getMessage())), status, null);
        }
        return new Fetched(url, headers.firstValue("content-type").orElse(null), body,
                headers.firstValue("etag").orElse(null), headers.firstValue("last-modified").orElse(null),
                ResponseHints.maxAge(headers, clock.instant()));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            URI next = base.resolve(location.strip().replace(" ", "%20"));
            return next.isAbsolute() ? Optional.of(next) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "host:port", the key politeness and robots.txt go by. */
    public static String hostKey(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        client.close();
    }
}
