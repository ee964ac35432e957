package org.parallax.web.http;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.http.Context;

/** Writes API responses as JSON (snake_case fields, ISO dates) with their validators. */
public final class JsonResponder {
    public static final String JSON = "application/json; charset=utf-8";

    private final ObjectMapper mapper = mapper();

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    public void send(Context ctx, Object value, Instant lastModified) {
        Conditional.send(ctx, render(value, lastModified));
    }

    public Representation render(Object value, Instant lastModified) {
        try {
            return Representation.of(mapper.writeValueAsString(value), JSON, lastModified);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
