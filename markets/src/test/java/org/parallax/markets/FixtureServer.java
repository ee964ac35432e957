package org.parallax.markets;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A provider API on loopback: answers each request path (with its query) from a route table,
 * with JSON fixtures from {@code src/test/resources/forecast}, and records what it was asked.
 */
final class FixtureServer implements AutoCloseable {

    /** One recorded request. */
    record Request(String pathAndQuery, Headers headers) {
    }

    /** What to answer. */
    record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Reply fixture(String name) {
            try (InputStream in = FixtureServer.class.getResourceAsStream("/forecast/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + name);
                }
                return new Reply(200, Map.of("Content-Type", "application/json"), in.readAllBytes(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "{\"error\":\"no\"}".getBytes(StandardCharsets.UTF_8), 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // a slow reply must not hold up the others
        server.start();
    }

    /** Answers {@code pathAndQuery} (exactly as requested, query included) with {@code reply}. */
    FixtureServer route(String pathAndQuery, Reply reply) {
        routes.put(pathAndQuery, reply);
        return this;
    }

    URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<String> paths() {
        return requests.stream().map(Request::pathAndQuery).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(new Request(key, exchange.getRequestHeaders()));
        Reply reply = routes.getOrDefault(key, Reply.status(404, Map.of()));
        try {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout or size limit): nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
