package org.parallax.web.http;

import java.util.OptionalLong;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Writes rendered pages, and reads the path and query numbers that pages take. */
public final class HtmlResponder {
    private final Templates templates = new Templates();

    public void page(Context ctx, String template, Object model) {
        ctx.html(templates.render(template, model));
    }

    public void notFound(Context ctx, String what) {
        ctx.status(HttpStatus.NOT_FOUND).html(templates.render("notfound.jte", what));
    }

    /** The {@code {id}} path parameter; empty for anything but a plain number (a missing page, not an error). */
    public static OptionalLong id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }

    /** The 1-based {@code page} query parameter, 1 when absent or not a number. */
    public static int page(Context ctx) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isEmpty() || raw.length() > 6 || !raw.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw));
    }
}
