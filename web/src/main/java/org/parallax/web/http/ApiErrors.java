package org.parallax.web.http;

import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** JSON errors of the API: {@code {"error": "..."}} with the status that says what went wrong. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static void send(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    public static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
