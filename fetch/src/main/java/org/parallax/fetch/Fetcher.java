package org.parallax.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.parallax.fetch.FetchOutcome.Failed;
import org.parallax.fetch.FetchOutcome.Kind;
import org.parallax.fetch.FetchOutcome.Limit;
import org.parallax.fetch.FetchOutcome.Refused;

/**
 * The one way Parallax reads the web, for feeds, article pages, robots.txt and market APIs: a
 * GET done safely and politely. Only http and https; every host (also after each redirect)
 * resolved and checked against the {@link AddressPolicy} before connecting; redirects followed by
 * hand, up to a limit and never in a loop, other origins getting no request headers of their own;
 * the body cut off beyond its limit, then decompressed up to another; a deadline for the whole
 * request (resolving, the host's turn, every hop and the body); one request at a time per host
 * with a pause between, and none while the host has asked to be left alone ({@link HostPacer});
 * conditional requests; a retry of what fails in a way that passes. Every outcome is a value,
 * never an exception. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
    /** How long a host that answered 429 without Retry-After is left alone. */
    static final Duration DEFAULT_HOLD_OFF = Duration.ofMinutes(1);
    /** A retry waits at least this long after the failed try. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** Retry-After hints up to this long are waited for by a retry; longer ones end the request. */
    private static final Duration RETRY_WITHIN = Duration.ofSeconds(5);

    private final FetchSettings settings;
    private final HostResolver resolver;
    private final HostPacer pacer;
    private final InstantSource clock;
    private final HttpExchange exchange;

    public Fetcher(FetchSettings settings, HostResolver resolver, HostPacer pacer, InstantSource clock) {
        this.settings = settings;
        this.resolver = resolver;
        this.pacer = pacer;
        this.clock = clock;
        this.exchange = new HttpExchange(settings, clock);
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
        Duration timeout = request.timeout() != null ? request.timeout() : settings.totalTimeout();
        FetchOutcome outcome = once(request, timeout);
        for (int retry = 0; retry < settings.retries() && worthRetrying(outcome); retry++) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Duration pause = request.hostDelay() != null && request.hostDelay().compareTo(RETRY_PAUSE) > 0
                    ? request.hostDelay() : RETRY_PAUSE;
            outcome = once(request.withHostDelay(pause), timeout);
        }
        return outcome;
    }

    /** A reset connection or a passing overload: another try may well work. */
    private static boolean worthRetrying(FetchOutcome outcome) {
        if (!(outcome instanceof Failed failed)) {
            return false;
        }
        boolean overload = failed.kind() == Kind.STATUS && (failed.status() == 502 || failed.status() == 503
                || failed.status() == 504) && (failed.retryAfter() == null || failed.retryAfter().compareTo(RETRY_WITHIN) <= 0);
        return overload || (failed.kind() == Kind.NETWORK && failed.reason().startsWith("network error"));
    }

    private FetchOutcome once(FetchRequest request, Duration timeout) {
        long begun = System.nanoTime();
        long deadline = begun + timeout.toNanos();
        long network = 0;
        int maxBytes = request.maxBytes() > 0 ? Math.min(request.maxBytes(), settings.maxBodyBytes())
                : settings.maxBodyBytes();
        AddressPolicy policy = request.addresses() != null ? request.addresses() : settings.addresses();
        Set<String> visited = new HashSet<>();
        URI url = request.url();
        Map<String, String> headers = request.headers();
        for (int hop = 0; ; hop++) {
            Optional<FetchOutcome> refusal = checkTarget(url, policy, deadline);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if (!visited.add(url.normalize().toString())) {
                return new Failed(Kind.NETWORK, "redirect loop: " + url + " was visited before", 0, null,
                        Duration.ofNanos(network));
            }
            String host = hostKey(url);
            Optional<Instant> held = pacer.heldUntil(host);
            if (held.isPresent()) {
                return new Failed(Kind.HELD_OFF, "not sent: " + url.getHost() + " asked for no requests until "
                        + held.get(), 429, Duration.between(clock.instant(), held.get()), Duration.ofNanos(network));
            }
            HttpExchange.Result result;
            long started;
            try {
                Optional<HostPacer.Permit> permit = pacer.acquire(host, request.hostDelay(),
                        Duration.ofNanos(deadline - System.nanoTime()));
                if (permit.isEmpty()) {
                    return new Failed(Kind.TIMEOUT, "timed out waiting for a turn at " + url.getHost(), 0, null,
                            Duration.ofNanos(network));
                }
                try (HostPacer.Permit ignored = permit.get()) {
                    started = System.nanoTime();
                    result = exchange.send(request, url, headers, maxBytes, timeout, deadline - started);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Failed(Kind.NETWORK, "interrupted", 0, null, Duration.ofNanos(network));
            }
            network += System.nanoTime() - started;
            Duration elapsed = Duration.ofNanos(network);
            if (result.outcome() != null) {
                return withElapsed(result.outcome(), elapsed, Duration.ofNanos(System.nanoTime() - begun));
            }
            HttpResponse<byte[]> response = result.response();
            int status = response.statusCode();
            if (status == 429 || (status == 503 && response.headers().firstValue("retry-after").isPresent())) {
                Duration wait = ResponseHints.retryAfter(response.headers(), clock.instant());
                pacer.holdOff(host, clock.instant().plus(wait == null ? DEFAULT_HOLD_OFF : wait));
            }
            if (!isRedirect(status)) {
                return exchange.finish(url, response, elapsed);
            }
            Optional<String> location = response.headers().firstValue("location");
            if (location.isEmpty()) {
                return new Failed(Kind.STATUS, "HTTP " + status + " redirect without a Location", status, null, elapsed);
            }
            if (hop >= settings.maxRedirects()) {
                return new Failed(Kind.NETWORK, "more than " + settings.maxRedirects() + " redirects", status, null,
                        elapsed);
            }
            Optional<URI> next = resolve(url, location.get());
            if (next.isEmpty()) {
                return new Refused(Limit.ADDRESS, "redirect to an unusable address: " + shorten(location.get()));
            }
            if (!origin(next.get()).equals(origin(url))) {
                headers = Map.of(); // an API token is for the origin it was given for
            }
            url = next.get();
        }
    }

    /** A failure with the time it cost: the network's, or for a timeout the whole request's (its deadline). */
    private static FetchOutcome withElapsed(FetchOutcome outcome, Duration network, Duration whole) {
        return outcome instanceof Failed f
                ? new Failed(f.kind(), f.reason(), f.status(), f.retryAfter(), f.kind() == Kind.TIMEOUT ? whole : network)
                : outcome;
    }

    private Optional<FetchOutcome> checkTarget(URI url, AddressPolicy policy, long deadline) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new Refused(Limit.ADDRESS, "only http and https URLs are fetched: "
                    + shorten(url.toString())));
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(new Refused(Limit.ADDRESS, "URL without a host: " + shorten(url.toString())));
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of(new Refused(Limit.ADDRESS, "URL with user information: " + host));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolveWithin(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, deadline);
        } catch (UnknownHostException e) {
            return Optional.of(new Failed(Kind.NETWORK, "cannot resolve host " + host, 0, null, Duration.ZERO));
        } catch (TimeoutException e) {
            return Optional.of(new Failed(Kind.TIMEOUT, "resolving " + host + " timed out", 0, null, Duration.ZERO));
        }
        if (addresses.isEmpty()) {
            return Optional.of(new Failed(Kind.NETWORK, "cannot resolve host " + host, 0, null, Duration.ZERO));
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(host, address);
            if (refusal.isPresent()) {
                return Optional.of(new Refused(Limit.ADDRESS, refusal.get()));
            }
        }
        return Optional.empty();
    }

    /** The system resolver may hang for long: the look-up runs on its own virtual thread, within the deadline. */
    private List<InetAddress> resolveWithin(String host, long deadline) throws UnknownHostException, TimeoutException {
        Future<List<InetAddress>> lookup = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(host);
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
        try {
            return lookup.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            throw new UnknownHostException(host + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException(host + ": interrupted");
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw e;
        }
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

    private static String origin(URI url) {
        return (url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT)) + "://" + hostKey(url);
    }

    /** "host:port", the key politeness and robots.txt go by. */
    public static String hostKey(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        exchange.close();
    }
}
