package org.parallax.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves the links feeds write (relative, with spaces or non-ASCII characters, padded with
 * whitespace) against xml:base and the feed URL, leniently, and keeps only http and https ones
 * as entry and feed links.
 */
final class FeedUrls {
    private static final int MAX_LENGTH = 8192;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String UNSAFE = " \"<>\\^`{|}";

    private FeedUrls() {
    }

    /** An absolute http(s) URL for the reference, resolved against the base; null when there is none. */
    static String link(String base, String reference) {
        String resolved = resolve(base, reference);
        if (resolved == null) {
            return null;
        }
        String scheme = resolved.substring(0, Math.max(0, resolved.indexOf(':'))).toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        return web && resolved.startsWith("://", scheme.length()) && resolved.length() > scheme.length() + 3
                ? resolved : null;
    }

    /** The base an xml:base attribute sets: the reference resolved against the base in scope. */
    static String resolveBase(String base, String reference) {
        if (reference != null && reference.isBlank()) {
            return base;
        }
        return resolve(base, reference);
    }

    /** The reference made absolute against the base (any scheme), or null. */
    static String resolve(String base, String reference) {
        if (reference == null) {
            return null;
        }
        String value = clean(reference);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        URI uri = parse(value);
        if (uri == null) {
            return null;
        }
        if (uri.isAbsolute()) {
            return uri.isOpaque() || uri.getRawAuthority() != null ? uri.toString() : null;
        }
        URI baseUri = base == null ? null : parse(base);
        if (baseUri == null || !baseUri.isAbsolute() || baseUri.isOpaque()) {
            return null;
        }
        if (value.startsWith("?")) {
            String prefix = baseUri.toString();
            int cut = indexOfAny(prefix, "?#");
            return (cut < 0 ? prefix : prefix.substring(0, cut)) + value;
        }
        if (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty()) {
            baseUri = parse(baseUri.getScheme() + "://" + baseUri.getRawAuthority() + "/"
                    + (baseUri.getRawQuery() == null ? "" : "?" + baseUri.getRawQuery()));
            if (baseUri == null) {
                return null;
            }
        }
        try {
            return baseUri.resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Makes the href, src and poster attributes of an HTML fragment absolute. A scan from one "="
     * to the next rather than a regular expression: content is long and attributes are few.
     */
    static String resolveInHtml(String html, String base) {
        if (html == null || base == null || html.indexOf('=') < 0) {
            return html;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = html.length();
        for (int eq = html.indexOf('='); eq >= 0; eq = html.indexOf('=', eq + 1)) {
            if (!isUrlAttribute(html, eq)) {
                continue;
            }
            int start = eq + 1;
            while (start < n && html.charAt(start) == ' ') {
                start++;
            }
            if (start >= n || (html.charAt(start) != '"' && html.charAt(start) != '\'')) {
                continue;
            }
            int end = html.indexOf(html.charAt(start), start + 1);
            if (end < 0) {
                break;
            }
            String value = html.substring(start + 1, end).strip();
            eq = end;
            if (value.isEmpty() || value.startsWith("#") || SCHEME.matcher(value).find() || value.indexOf('<') >= 0) {
                continue;
            }
            String resolved = resolve(base, value);
            if (resolved == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 64);
            }
            out.append(html, copied, start + 1).append(resolved.replace("\"", "%22").replace("'", "%27"));
            copied = end;
        }
        return out == null ? html : out.append(html, copied, n).toString();
    }

    /** Whether the "=" at this index follows the name href, src or poster (inside a tag). */
    private static boolean isUrlAttribute(String html, int eq) {
        int end = eq;
        while (end > 0 && html.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(html.charAt(start - 1))) {
            start--;
        }
        int length = end - start;
        if (start == 0 || (length != 3 && length != 4 && length != 6) || !Character.isWhitespace(html.charAt(start - 1))) {
            return false;
        }
        return html.regionMatches(true, start, "href", 0, 4) && length == 4
                || html.regionMatches(true, start, "src", 0, 3) && length == 3
                || html.regionMatches(true, start, "poster", 0, 6) && length == 6;
    }

    /** Strips whitespace at the ends and removes tabs and line breaks inside, as browsers do. */
    private static String clean(String reference) {
        String value = XmlEntities.unescapeLeftovers(reference.strip());
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            value = value.replace("\n", "").replace("\r", "").replace("\t", "");
        }
        return value;
    }

    private static URI parse(String value) {
        try {
            return new URI(escapeUnsafe(value));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Percent-encodes what java.net.URI refuses but feeds write: spaces, non-ASCII, stray "%". */
    private static String escapeUnsafe(String value) {
        StringBuilder out = null;
        boolean ipv6Host = value.contains("://[");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unsafe = c > 0x7E || c < 0x20 || UNSAFE.indexOf(c) >= 0
                    || (!ipv6Host && (c == '[' || c == ']'))
                    || (c == '%' && !(i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))));
            if (!unsafe) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
            for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end - 1;
        }
        return out == null ? value : out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
