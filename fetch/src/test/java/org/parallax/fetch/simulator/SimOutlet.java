package org.parallax.fetch.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One simulated outlet: its own loopback HTTP server (its own port, so its own host to the
 * fetcher) serving a news feed, an opinion feed, article pages and robots.txt, as they stand at
 * the simulated time of the shared {@link FakeClock}. Feeds list the newest entries published
 * so far, answer conditional requests with 304, and misbehave during their {@link Fault}
 * windows. Counts requests and the most that were ever in flight at once.
 */
public final class SimOutlet implements AutoCloseable {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String TEMPLATE = template();

    private final String name;
    private final FakeClock clock;
    private final CountDownLatch release;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Publication> publications = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final ThreadLocal<Boolean> left = ThreadLocal.withInitial(() -> false);
    private volatile boolean atom;
    private volatile boolean gzip;
    private volatile String robotsDisallow;
    private volatile Duration maxAge;
    private volatile Integer ttlMinutes;
    private volatile int window = 15;

    SimOutlet(String name, FakeClock clock, CountDownLatch release) {
        this.name = name;
        this.clock = clock;
        this.release = release;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String name() {
        return name;
    }

    /** The outlet's "domain" as an outlet registry would know it (unique per outlet). */
    public String domain() {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test";
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI newsFeed() {
        return base().resolve("/feed.xml");
    }

    public URI opinionFeed() {
        return base().resolve("/opinion/feed.xml");
    }

    public SimOutlet atom() {
        atom = true;
        return this;
    }

    public SimOutlet gzip() {
        gzip = true;
        return this;
    }

    public SimOutlet robotsDisallow(String pathPrefix) {
        robotsDisallow = pathPrefix;
        return this;
    }

    public SimOutlet maxAge(Duration age) {
        maxAge = age;
        return this;
    }

    public SimOutlet ttl(int minutes) {
        ttlMinutes = minutes;
        return this;
    }

    /** How many of the newest entries a feed lists. */
    public SimOutlet window(int entries) {
        window = entries;
        return this;
    }

    public SimOutlet fault(Fault fault) {
        faults.add(fault);
        return this;
    }

    public SimOutlet publish(Publication publication) {
        publications.add(publication);
        return this;
    }

    public List<Publication> publications() {
        return List.copyOf(publications);
    }

    /** Requests whose path starts with the prefix. */
    public int requests(String pathPrefix) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(pathPrefix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** How many conditional feed requests were answered 304 Not Modified. */
    public int notModifiedResponses() {
        return notModified.get();
    }

    /**
     * The most requests this outlet ever had in flight at once (politeness says 1): from a
     * request's arrival until its response starts. A stalled response (SLOW) stops counting when
     * it stalls: the client gives up on it.
     */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            Instant now = clock.instant();
            if (path.equals("/robots.txt")) {
                String rules = robotsDisallow == null ? "User-agent: *\nDisallow:\n"
                        : "User-agent: *\nDisallow: " + robotsDisallow + "\n";
                send(exchange, 200, "text/plain", rules.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/feed.xml") || path.equals("/opinion/feed.xml")) {
                feed(exchange, now, path.equals("/opinion/feed.xml"));
            } else if (path.equals("/loop")) {
                redirect(exchange, "/feed.xml");
            } else {
                page(exchange, now, path);
            }
        } finally {
            leave();
            left.remove();
        }
    }

    private void feed(HttpExchange exchange, Instant now, boolean opinion) throws IOException {
        Fault fault = faults.stream().filter(f -> f.type() != Fault.Type.PAGES_UNAVAILABLE
                        && f.type() != Fault.Type.PAGES_SLOW && f.activeAt(now))
                .findFirst().orElse(null);
        if (fault != null) {
            switch (fault.type()) {
                case TOO_MANY_REQUESTS, UNAVAILABLE -> {
                    exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfter().toSeconds()));
                    send(exchange, fault.type() == Fault.Type.UNAVAILABLE ? 503 : 429, "text/plain",
                            "come back later".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case SLOW -> {
                    // A stalled response outlasts the client's timeout: the client abandons it, so it
                    // no longer counts as a request in flight (politeness is about the client's requests).
                    leave();
                    await();
                    send(exchange, 200, "application/rss+xml", feedXml(now, opinion));
                    return;
                }
                case MALFORMED -> {
                    String page = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway"
                            + "</h1><p>The upstream server did not answer.<br>Try again later&nbsp;<hr></body></html>";
                    send(exchange, 200, "application/rss+xml", page.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case TRUNCATED -> {
                    byte[] whole = feedXml(now, opinion);
                    byte[] broken = new byte[whole.length / 2];
                    System.arraycopy(whole, 0, broken, 0, broken.length);
                    send(exchange, 200, "application/rss+xml", broken);
                    return;
                }
                case HUGE -> {
                    String padding = "<!-- " + "x".repeat(2 * 1024 * 1024) + " -->";
                    String xml = new String(feedXml(now, opinion), StandardCharsets.UTF_8);
                    sendMaybeGzip(exchange, "application/rss+xml", (xml + padding).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case GZIP_BOMB -> {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    send(exchange, 200, "application/rss+xml", gzipped(new byte[32 * 1024 * 1024]));
                    return;
                }
                case REDIRECT_LOOP -> {
                    redirect(exchange, "/loop");
                    return;
                }
                default -> throw new IllegalStateException("not a feed fault: " + fault.type());
            }
        }
        byte[] body = feedXml(now, opinion);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", etag);
            notModified.incrementAndGet();
            send(exchange, 304, null, new byte[0]);
            return;
        }
        exchange.getResponseHeaders().set("ETag", etag);
        if (maxAge != null) {
            exchange.getResponseHeaders().set("Cache-Control", "max-age=" + maxAge.toSeconds());
        }
        sendMaybeGzip(exchange, atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
                body);
    }

    private void page(HttpExchange exchange, Instant now, String path) throws IOException {
        boolean amp = path.startsWith("/amp/");
        String regular = amp ? path.substring(4) : path;
        Publication publication = publications.stream()
                .filter(p -> p.path().equals(regular) && !p.at().isAfter(now))
                .findFirst().orElse(null);
        if (publication == null) {
            send(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (faults.stream().anyMatch(f -> f.type() == Fault.Type.PAGES_SLOW && f.activeAt(now))) {
            leave(); // as for SLOW feeds: the client gives up on it
            await();
        }
        if (faults.stream().anyMatch(f -> f.type() == Fault.Type.PAGES_UNAVAILABLE && f.activeAt(now))) {
            exchange.getResponseHeaders().set("Retry-After", "600");
            send(exchange, 503, "text/plain", "overloaded".getBytes(StandardCharsets.UTF_8));
            return;
        }
        SimStory story = publication.story();
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : story.paragraphs()) {
            paragraphs.append("<p>").append(escape(paragraph)).append("</p>\n      ");
        }
        String html = TEMPLATE.replace("{{title}}", escape(story.title()))
                .replace("{{outlet}}", escape(name))
                .replace("{{canonical}}", base().resolve(regular).toString())
                .replace("{{published}}", publication.at().toString())
                .replace("{{author}}", "Reporter " + story.id())
                .replace("{{section}}", publication.section().equals("opinion") ? "Opinion" : "News")
                .replace("{{paragraphs}}", paragraphs.toString());
        sendMaybeGzip(exchange, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The feed as it stands at {@code now}: the newest published entries of the news or the opinion feed. */
    private byte[] feedXml(Instant now, boolean opinion) {
        List<Publication> listed = new ArrayList<>(publications.stream()
                .filter(p -> !p.at().isAfter(now))
                .filter(p -> opinion ? p.inOpinionFeed() : p.inNewsFeed())
                .sorted(Comparator.comparing(Publication::at).reversed())
                .limit(window)
                .toList());
        return (atom ? atomXml(listed, now) : rssXml(listed)).getBytes(StandardCharsets.UTF_8);
    }

    private String rssXml(List<Publication> listed) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
                + "<title>" + escape(name) + "</title>\n<link>" + base() + "/</link>\n<language>en-gb</language>\n");
        if (ttlMinutes != null) {
            xml.append("<ttl>").append(ttlMinutes).append("</ttl>\n");
        }
        for (Publication p : listed) {
            xml.append("<item>\n<title>").append(escape(p.story().title())).append("</title>\n")
                    .append("<link>").append(escape(base().resolve(p.linkPath()).toString())).append("</link>\n")
                    .append("<guid isPermaLink=\"false\">").append(escape(name)).append('-')
                    .append(p.story().id()).append("</guid>\n")
                    .append("<pubDate>").append(RFC_1123.format(p.at())).append("</pubDate>\n")
                    .append("<category>").append(p.section().equals("opinion") ? "Opinion" : "News").append("</category>\n")
                    .append("<description>").append(escape(p.story().paragraphs().getFirst())).append("</description>\n");
            if (p.fullContent()) {
                xml.append("<content:encoded><![CDATA[");
                p.story().paragraphs().forEach(par -> xml.append("<p>").append(par).append("</p>"));
                xml.append("]]></content:encoded>\n");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    private String atomXml(List<Publication> listed, Instant now) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<title>" + escape(name) + "</title>\n"
                + "<link href=\"" + base() + "/\"/>\n<id>urn:sim:" + escape(domain()) + "</id>\n<updated>"
                + (listed.isEmpty() ? now : listed.getFirst().at()) + "</updated>\n");
        for (Publication p : listed) {
            xml.append("<entry>\n<id>urn:sim:").append(p.story().id()).append("</id>\n<title>")
                    .append(escape(p.story().title())).append("</title>\n<link rel=\"alternate\" href=\"")
                    .append(escape(base().resolve(p.linkPath()).toString())).append("\"/>\n<published>")
                    .append(p.at()).append("</published>\n<updated>").append(p.at()).append("</updated>\n")
                    .append("<author><name>Reporter ").append(p.story().id()).append("</name></author>\n")
                    .append("<summary>").append(escape(p.story().paragraphs().getFirst())).append("</summary>\n");
            if (p.fullContent()) {
                xml.append("<content type=\"html\">");
                p.story().paragraphs().forEach(par -> xml.append(escape("<p>" + par + "</p>")));
                xml.append("</content>\n");
            }
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /**
     * Ends this thread's request as far as counting goes: before its response is written, since
     * the client may send its next request as soon as it has read the response.
     */
    private void leave() {
        if (!left.get()) {
            left.set(true);
            inFlight.decrementAndGet();
        }
    }

    private void await() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 302, null, new byte[0]);
    }

    private void sendMaybeGzip(HttpExchange exchange, String type, byte[] body) throws IOException {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (gzip && accepted != null && accepted.contains("gzip")) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, type, gzipped(body));
        } else {
            send(exchange, 200, type, body);
        }
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        leave();
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException clientGone) {
                // the client stopped reading (a size limit): nothing to do
            }
        }
    }

    private static byte[] gzipped(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = SimOutlet.class.getResourceAsStream("/simulator/article.html")) {
            if (in == null) {
                throw new IllegalStateException("simulator/article.html missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
