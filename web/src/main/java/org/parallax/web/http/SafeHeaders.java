package org.parallax.web.http;

import io.javalin.http.Context;

/**
 * The headers every response carries: a strict Content-Security-Policy (scripts, styles and images
 * from this origin only, no inline script or style, no framing, forms posting only here), nosniff,
 * a referrer policy and frame protection for browsers that predate {@code frame-ancestors}.
 */
public final class SafeHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private SafeHeaders() {
    }

    /** Set before the handler runs, so errors and static files carry them too. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Text types without a charset get {@code charset=utf-8}: everything Parallax writes is UTF-8. */
    public static void addCharset(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || type.toLowerCase(java.util.Locale.ROOT).contains("charset")) {
            return;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("text/") || lower.startsWith("application/json") || lower.endsWith("+xml")
                || lower.startsWith("application/javascript") || lower.startsWith("application/xml")) {
            ctx.res().setContentType(type + "; charset=utf-8");
        }
    }
}
