package org.parallax.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.web.http.Conditional;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.http.Representation;

/** {@code GET /api/openapi.json}: the OpenAPI 3 document of the API (a test keeps it and the routes in step). */
public final class ApiOpenApiHandler implements Handler {
    public static final String RESOURCE = "openapi.json";

    private final Representation document = Representation.of(document(), JsonResponder.JSON, null);

    public static String document() {
        try (InputStream in = ApiOpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(Context ctx) {
        Conditional.send(ctx, document);
    }
}
