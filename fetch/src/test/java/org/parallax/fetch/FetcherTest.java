package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.fetch.FetchOutcome.Failed;
import org.parallax.fetch.FetchOutcome.Fetched;
import org.parallax.fetch.FetchOutcome.NotModified;
import org.parallax.fetch.FetchOutcome.Refused;
import org.parallax.fetch.simulator.FakeClock;

class FetcherTest {
    private static final String ARTICLE = "<html><body><p>Hello</p></body></html>";

    private final TestServer server = new TestServer();
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T12:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private final FetchSettings settings = FetchSettings.defaults("https://parallax.invalid/contact")
            .withAddresses(AddressPolicy.allowing(AddressClass.LOOPBACK))
            .withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)) // generous: a busy machine is slow to start a client
            .withLimits(64 * 1024, 256 * 1024, 3);
    private Fetcher fetcher = fetcher(settings);

    private Fetcher fetcher(FetchSettings s) {
        return new Fetcher(s, HostResolver.system(), new HostPacer(s.hostDelay(), clock, HostPacer.Sleeper.system()),
                clock);
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.close();
    }

    private FetchOutcome get(String path) {
        return fetcher.fetch(FetchRequest.page(server.uri(path)));
    }

    @Test
    void fetchesABodyWithItsValidatorsAndCacheLifetime() {
        server.on("/a", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 04 Mar 2026 11:00:00 GMT");
            ex.getResponseHeaders().set("Cache-Control", "public, max-age=600");
            TestServer.send(ex, 200, "text/html; charset=ISO-8859-1", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        Fetched fetched = (Fetched) get("/a");
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Wed, 04 Mar 2026 11:00:00 GMT");
        assertThat(fetched.maxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(fetched.charset()).isEqualTo("ISO-8859-1");
        TestServer.Seen request = server.seen.getFirst();
        assertThat(request.userAgent()).startsWith("ParallaxBot/").contains("+https://parallax.invalid/contact");
        assertThat(request.acceptEncoding()).isEqualTo("gzip, deflate");
    }

    @Test
    void aConditionalRequestGetsNotModified() {
        server.on("/feed", ex -> {
            if ("\"v2\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                TestServer.send(ex, 200, "<rss/>");
            }
        });
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/feed"), "\"v2\"", null, 0));
        assertThat(outcome).isInstanceOf(NotModified.class);
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/feed"), "\"v1\"", null, 0))).isInstanceOf(Fetched.class);
    }

    @Test
    void onlyHttpAndPublicAddressesAreFetchedByDefault() {
        server.on("/a", ex -> TestServer.send(ex, 200, "ok"));
        fetcher.close();
        fetcher = fetcher(settings.withAddresses(AddressPolicy.publicOnly()));
        assertThat(get("/a")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("loopback address (127.0.0.1)"));
        assertThat(fetcher.fetch(FetchRequest.page(URI.create("file:///etc/passwd"))))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("only http and https"));
        assertThat(fetcher.fetch(FetchRequest.page(URI.create("http://169.254.169.254/latest/meta-data/"))))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("link-local"));
        assertThat(fetcher.fetch(FetchRequest.page(URI.create("http://[fd00::1]/")))).isInstanceOf(Refused.class);
        assertThat(server.seen).isEmpty();
    }

    @Test
    void everyRedirectTargetIsCheckedToo() {
        for (String target : List.of("http://10.1.2.3/internal", "http://[fe80::1]/", "ftp://files.example/x",
                "http://[::ffff:192.168.0.1]/")) {
            String path = "/to-" + Math.abs(target.hashCode());
            server.on(path, ex -> {
                ex.getResponseHeaders().set("Location", target);
                ex.sendResponseHeaders(302, -1);
            });
            assertThat(get(path)).as(target).isInstanceOf(Refused.class);
        }
    }

    @Test
    void redirectsAreFollowedUpToALimitAndNeverInALoop() {
        server.on("/old", ex -> {
            ex.getResponseHeaders().set("Location", "/new");
            ex.sendResponseHeaders(301, -1);
        });
        server.on("/new", ex -> TestServer.send(ex, 200, "moved here"));
        server.on("/ping", ex -> {
            ex.getResponseHeaders().set("Location", "/pong");
            ex.sendResponseHeaders(302, -1);
        });
        server.on("/pong", ex -> {
            ex.getResponseHeaders().set("Location", server.uri("/ping").toString());
            ex.sendResponseHeaders(307, -1);
        });
        server.on("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(7));
            ex.getResponseHeaders().set("Location", "/chain/" + (n + 1));
            ex.sendResponseHeaders(302, -1);
        });

        assertThat(get("/old")).isInstanceOfSatisfying(Fetched.class,
                f -> assertThat(f.finalUrl()).isEqualTo(server.uri("/new")));
        assertThat(get("/ping")).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.reason()).startsWith("redirect loop"));
        assertThat(get("/chain/0")).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.reason()).isEqualTo("more than 3 redirects"));
    }

    @Test
    void bodiesBeyondTheLimitAreCutOffWhetherDeclaredOrStreamed() {
        byte[] big = new byte[200 * 1024];
        server.on("/declared", ex -> TestServer.send(ex, 200, "application/octet-stream", big));
        server.on("/streamed", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(new byte[8 * 1024]);
                }
            } catch (IOException expected) {
                // the client hung up once it had enough
            }
        });
        assertThat(get("/declared")).isEqualTo(new Refused(FetchOutcome.Limit.SIZE, "response larger than 65536 bytes"));
        assertThat(get("/streamed")).isEqualTo(new Refused(FetchOutcome.Limit.SIZE, "response larger than 65536 bytes"));
    }

    @Test
    void compressedBodiesAreDecodedAndBombsStopped() throws IOException {
        byte[] page = ARTICLE.repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] gzip = gzip(page);
        byte[] bomb = gzip(new byte[16 * 1024 * 1024]);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            out.write(page);
        }
        server.on("/gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", gzip);
        });
        server.on("/raw-deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            TestServer.send(ex, 200, "text/html", raw.toByteArray());
        });
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bomb);
        });
        server.on("/br", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            TestServer.send(ex, 200, "text/html", page);
        });

        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThat(((Fetched) get("/gzip")).body()).isEqualTo(page);
        assertThat(((Fetched) get("/raw-deflate")).body()).isEqualTo(page);
        assertThat(get("/bomb")).isEqualTo(new Refused(FetchOutcome.Limit.SIZE, "decompressed body larger than 262144 bytes"));
        assertThat(get("/br")).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.reason()).contains("unsupported content encoding: br"));
    }

    @Test
    void overloadAnswersCarryTheirRetryAfter() {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(ex, 429, "slow down");
        });
        server.on("/down", ex -> {
            String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));
            ex.getResponseHeaders().set("Retry-After", later);
            TestServer.send(ex, 503, "maintenance");
        });
        server.on("/gone", ex -> TestServer.send(ex, 404, "no"));

        assertThat(get("/busy")).isInstanceOfSatisfying(Failed.class, busy -> {
            assertThat(busy.reason()).isEqualTo("HTTP 429");
            assertThat(busy.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        });
        clock.advance(Duration.ofMinutes(3)); // the host asked for two minutes' rest
        Failed down = (Failed) get("/down");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.retryAfter()).isBetween(Duration.ofSeconds(88), Duration.ofSeconds(90));
        assertThat(down.retryable()).isTrue();
        clock.advance(Duration.ofMinutes(3));
        Failed gone = (Failed) get("/gone");
        assertThat(gone.retryable()).isFalse();
        assertThat(gone.retryAfter()).isNull();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAFailure() {
        server.on("/slow", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestServer.send(ex, 200, "too late");
        });
        assertThat(get("/slow")).isInstanceOfSatisfying(Failed.class, f -> {
            assertThat(f.reason()).startsWith("timed out");
            assertThat(f.kind()).isEqualTo(FetchOutcome.Kind.TIMEOUT);
        });
    }

    @Test
    void unknownHostsAndClosedPortsAreFailures() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(fetcher.fetch(FetchRequest.page(URI.create("http://127.0.0.1:" + closedPort + "/"))))
                .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.reason()).contains("refused"));
        assertThat(fetcher.fetch(FetchRequest.page(URI.create("http://no-such-host.invalid/"))))
                .isInstanceOfSatisfying(Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo("cannot resolve host no-such-host.invalid");
                    assertThat(f.kind()).isEqualTo(FetchOutcome.Kind.NETWORK);
                });
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void aHostThatAsksToBeLeftAloneIsNotAskedAgainUntilThen() {
        server.on("/limited", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(ex, 429, "slow down");
        });
        server.on("/other", ex -> TestServer.send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8)));

        assertThat(get("/limited")).isInstanceOf(Failed.class);
        assertThat(get("/other")).as("the whole host is held off").isInstanceOfSatisfying(Failed.class, held -> {
            assertThat(held.kind()).isEqualTo(FetchOutcome.Kind.HELD_OFF);
            assertThat(held.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        });
        assertThat(server.seen).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(get("/other")).isInstanceOf(Fetched.class);
    }

    @Test
    void aPassingOverloadIsTriedAgainOnceAndAGoneResourceIsNot() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                TestServer.send(ex, 502, "bad gateway");
            } else {
                TestServer.send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
            }
        });
        server.on("/gone", ex -> TestServer.send(ex, 404, "no"));
        HostPacer.Sleeper noSleep = duration -> clock.advance(duration);
        fetcher.close();
        fetcher = new Fetcher(settings, HostResolver.system(), new HostPacer(Duration.ZERO, clock, noSleep), clock);

        assertThat(get("/flaky")).isInstanceOf(Fetched.class);
        assertThat(calls).hasValue(2);
        assertThat(get("/gone")).isInstanceOf(Failed.class);
        assertThat(server.seen.stream().filter(s -> s.path().equals("/gone"))).hasSize(1);
    }

    @Test
    void requestHeadersGoOnlyToTheirOrigin() throws IOException {
        try (TestServer other = new TestServer()) {
            other.on("/landing", ex -> TestServer.send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8)));
            server.on("/api", ex -> {
                ex.getResponseHeaders().set("Location", other.uri("/landing").toString());
                TestServer.send(ex, 302, "moved");
            });
            FetchRequest request = FetchRequest.json(server.uri("/api")).withHeader("Authorization", "Token secret");

            assertThat(fetcher.fetch(request)).isInstanceOf(Fetched.class);
            assertThat(server.seen.getFirst().authorization()).isEqualTo("Token secret");
            assertThat(other.seen.getFirst().authorization()).isNull();
        }
    }

    @Test
    void theDeadlineCoversTheWaitForAHostsTurn() throws InterruptedException {
        HostPacer pacer = new HostPacer(Duration.ZERO, clock, HostPacer.Sleeper.system());
        fetcher.close();
        fetcher = new Fetcher(settings, HostResolver.system(), pacer, clock);
        server.on("/a", ex -> TestServer.send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread other = Thread.ofVirtual().start(() -> { // another request holds the host's turn
            try (HostPacer.Permit busy = pacer.acquire(Fetcher.hostKey(server.uri("/a")), null, null).orElseThrow()) {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        held.await();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(server.uri("/a")).withTimeout(Duration.ofMillis(300)));
        done.countDown();
        other.join();
        assertThat(outcome).isInstanceOfSatisfying(Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FetchOutcome.Kind.TIMEOUT));
        assertThat(server.seen).isEmpty();
    }
}
