package org.parallax.extract.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The key under which live ingestion meets the variants of one article address: the
 * {@link UrlCanonicalizer} form, with the mobile and AMP variants outlets publish turned back
 * into the regular page.
 *
 * <ul>
 *   <li>Mobile and AMP hosts: "m.", "mobile." and "amp." become "www." ("m.cnn.com" and
 *   "www.cnn.com" meet; most outlets serve their pages on "www.").</li>
 *   <li>AMP paths: a leading "/amp/" segment, a trailing "/amp" segment, and ".amp" before the
 *   extension or at the end ("/story.amp.html", "/story.amp") are removed.</li>
 *   <li>AMP query parameters ("amp", "amp=1", "outputType=amp", "_amp", "usqp") are removed.</li>
 * </ul>
 * Pages usually declare their regular address as canonical too; this covers the ones that do not,
 * and lets a feed link be recognised before its page is fetched.
 */
public final class ArticleUrls {
    private static final Set<String> VARIANT_HOST_PREFIXES = Set.of("m.", "mobile.", "amp.");
    private static final Set<String> AMP_PARAMETERS = Set.of("amp", "_amp", "amp_js_v", "usqp", "amp_gsa",
            "amp_tf");

    private ArticleUrls() {
    }

    public static Optional<String> key(String url) {
        return UrlCanonicalizer.canonicalize(url).map(ArticleUrls::regular);
    }

    private static String regular(String canonical) {
        int schemeEnd = canonical.indexOf("://") + 3;
        int pathStart = canonical.indexOf('/', schemeEnd);
        String authority = canonical.substring(schemeEnd, pathStart);
        int queryStart = canonical.indexOf('?', pathStart);
        String path = queryStart < 0 ? canonical.substring(pathStart) : canonical.substring(pathStart, queryStart);
        String query = queryStart < 0 ? "" : canonical.substring(queryStart + 1);

        StringBuilder out = new StringBuilder(canonical.length());
        out.append(canonical, 0, schemeEnd).append(regularHost(authority)).append(regularPath(path));
        String kept = regularQuery(query);
        if (!kept.isEmpty()) {
            out.append('?').append(kept);
        }
        return out.toString();
    }

    private static String regularHost(String authority) {
        for (String prefix : VARIANT_HOST_PREFIXES) {
            // "m.example" alone is a domain of its own, not a mobile host: a dot must follow.
            if (authority.startsWith(prefix) && authority.indexOf('.', prefix.length()) > 0) {
                return "www." + authority.substring(prefix.length());
            }
        }
        return authority;
    }

    private static String regularPath(String path) {
        String p = path;
        if (p.startsWith("/amp/")) {
            p = p.substring(4);
        }
        if (p.endsWith("/amp") || p.endsWith("/amp/")) {
            p = p.substring(0, p.lastIndexOf("/amp"));
            if (p.isEmpty()) {
                p = "/";
            }
        }
        String lower = p.toLowerCase(Locale.ROOT);
        int dotAmp = lower.lastIndexOf(".amp");
        int lastSlash = p.lastIndexOf('/');
        if (dotAmp > lastSlash && dotAmp > 0) {
            String rest = p.substring(dotAmp + 4);
            if (rest.isEmpty() || (rest.startsWith(".") && rest.indexOf('.', 1) < 0)) {
                p = p.substring(0, dotAmp) + rest; // "/story.amp" or "/story.amp.html"
            }
        }
        return p;
    }

    private static String regularQuery(String query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : parameter.substring(equals + 1).toLowerCase(Locale.ROOT);
            boolean amp = AMP_PARAMETERS.contains(name) || (name.equals("outputtype") && value.equals("amp"));
            if (!amp) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
