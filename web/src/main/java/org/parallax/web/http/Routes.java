package org.parallax.web.http;

import java.util.ArrayList;
import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * The server's routes, in one list: installed into Javalin, answering 405 with {@code Allow} to
 * other methods, and read by the OpenAPI test so the document and the routes cannot drift apart.
 * Every route is read-only: GET, and HEAD (the same handler; Jetty sends no body).
 */
public final class Routes {
    public static final String ALLOW = "GET, HEAD";

    /** One route; {@code path} in Javalin's syntax ({@code /stories/{id}}). */
    public record Route(String path, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Routes get(String path, Handler handler) {
        routes.add(new Route(path, handler));
        return this;
    }

    public List<String> paths() {
        return routes.stream().map(Route::path).toList();
    }

    public void install(RoutesConfig config) {
        for (Route route : routes) {
            config.get(route.path(), route.handler());
            config.head(route.path(), route.handler());
            Handler refuse = ctx -> {
                ctx.header("Allow", ALLOW);
                if (ApiErrors.isApi(ctx)) {
                    ApiErrors.send(ctx, HttpStatus.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed here; use GET");
                } else {
                    ctx.status(HttpStatus.METHOD_NOT_ALLOWED).contentType("text/plain").result(
                            ctx.method() + " is not allowed here; use GET\n");
                }
            };
            config.post(route.path(), refuse);
            config.put(route.path(), refuse);
            config.delete(route.path(), refuse);
            config.patch(route.path(), refuse);
        }
    }
}
