package org.parallax.web.http;

import java.time.Instant;
import java.util.OptionalLong;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Writes rendered pages with their validators, and reads the path and query numbers that pages take. */
public final class HtmlResponder {
    public static final String HTML = "text/html; charset=utf-8";

    private final Templates templates = new Templates();

    /** A page without a known time of change: validated by its ETag alone. */
    public void page(Context ctx, String template, Object model) {
        page(ctx, template, model, null);
    }

    public void page(Context ctx, String template, Object model, Instant lastModified) {
        Conditional.send(ctx, render(template, model, lastModified));
    }

    public Representation render(String template, Object model, Instant lastModified) {
        return Representation.of(templates.render(template, model), HTML, lastModified);
    }

    public String renderText(String template, Object model) {
        return templates.render(template, model);
    }

    public void notFound(Context ctx, String what) {
        ctx.status(HttpStatus.NOT_FOUND).contentType(HTML).result(templates.render("notfound.jte", what));
    }

    public void badRequest(Context ctx, String what) {
        ctx.status(HttpStatus.BAD_REQUEST).contentType(HTML).result(templates.render("badrequest.jte", what));
    }

    /** The {@code {id}} path parameter; empty for anything but a plain number (a missing page, not an error). */
    public static OptionalLong id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }

    /**
     * The 1-based {@code page} query parameter, 1 when absent.
     *
     * @throws BadParameter when it is present but not a whole number from 1 to 100000
     */
    public static int page(Context ctx) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isEmpty()) {
            return 1;
        }
        if (raw.length() > 6 || !raw.chars().allMatch(Character::isDigit) || Integer.parseInt(raw) < 1
                || Integer.parseInt(raw) > 100_000) {
            throw new BadParameter("page must be a whole number from 1 to 100000");
        }
        return Integer.parseInt(raw);
    }
}
