package org.parallax.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import org.parallax.web.edition.ReaderSettings;

/**
 * The reader's sliders for one request: from the query string when it has any (and then saved in a
 * cookie for a year), else from the cookie, else the defaults; {@code ?reset} forgets them.
 */
public final class ReaderRequest {
    public static final String COOKIE = "parallax_sliders";

    private ReaderRequest() {
    }

    public static ReaderSettings settings(Context ctx) {
        if (ctx.queryParam("reset") != null) {
            ctx.removeCookie(COOKIE, "/");
            return ReaderSettings.DEFAULT;
        }
        if (ReaderSettings.present(p -> query(ctx, p))) {
            ReaderSettings settings = ReaderSettings.read(p -> query(ctx, p));
            Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(settings.query(), StandardCharsets.UTF_8), "/",
                    365 * 24 * 3600, false, true, null, SameSite.LAX);
            ctx.cookie(cookie);
            return settings;
        }
        return ReaderSettings.fromCookie(ctx.cookie(COOKIE));
    }

    /** A slider parameter; topics may come as one comma list or as repeated checkboxes. */
    public static String query(Context ctx, String name) {
        if (name.equals("topics")) {
            List<String> values = ctx.queryParams("topics");
            return values.isEmpty() ? null : String.join(",", values);
        }
        return ctx.queryParam(name);
    }
}
