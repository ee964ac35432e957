package org.parallax.extract.url;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives the one spelling of an article URL under which duplicates meet.
 *
 * <p>Rules: only absolute http and https URLs; scheme and host lower-cased, the host in its
 * ASCII (punycode) form without a trailing dot; user info, default ports and the fragment
 * dropped; dot segments resolved; percent escapes upper-cased, escapes of unreserved characters
 * decoded and characters that may not appear raw (spaces, non-ASCII) percent-encoded; tracking
 * parameters ({@link TrackingParameters}) removed while the others keep their order.
 *
 * <p>Trailing slashes: an empty path becomes "/" (as browsers write it), and otherwise a path is
 * kept as it is: "/a/" and "/a" can be different pages, so neither is turned into the other.
 * The "www." prefix is kept too, because it is part of the address the outlet chose.
 */
public final class UrlCanonicalizer {
    /** Longer URLs are refused: no article needs them, and they are cheap to abuse. */
    public static final int MAX_LENGTH = 8192;

    private UrlCanonicalizer() {
    }

    public static Optional<String> canonicalize(String url) {
        return UrlParts.parse(url).map(UrlCanonicalizer::format);
    }

    /** The host of the URL, lower-cased and without a leading "www.", e.g. "nytimes.com". */
    public static Optional<String> domain(String url) {
        return UrlParts.parse(url).map(parts -> stripWww(parts.host()));
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") && host.length() > 4 ? host.substring(4) : host;
    }

    private static String format(UrlParts parts) {
        StringBuilder out = new StringBuilder(parts.scheme()).append("://").append(parts.host());
        if (parts.port() != null) {
            out.append(':').append(parts.port());
        }
        String path = PercentEncoding.normalize(DotSegments.remove(parts.path()), PercentEncoding.PATH);
        out.append(path.isEmpty() ? "/" : path);
        String query = cleanQuery(parts.query());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String cleanQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!TrackingParameters.isTracking(PercentEncoding.decodeForComparison(name))) {
                kept.add(PercentEncoding.normalize(parameter, PercentEncoding.QUERY));
            }
        }
        return String.join("&", kept);
    }

    /** The pieces of an absolute http(s) URL; port is null when absent or the scheme's default. */
    record UrlParts(String scheme, String host, String port, String path, String query) {
        static Optional<UrlParts> parse(String url) {
            if (url == null) {
                return Optional.empty();
            }
            String text = url.strip();
            if (text.isEmpty() || text.length() > MAX_LENGTH || hasControlCharacter(text)) {
                return Optional.empty();
            }
            int colon = text.indexOf("://");
            if (colon < 0) {
                return Optional.empty();
            }
            String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String rest = text.substring(colon + 3);
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                rest = rest.substring(0, hash);
            }
            int authorityEnd = indexOfAny(rest, "/?");
            String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
            String pathAndQuery = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
            int question = pathAndQuery.indexOf('?');
            String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
            String query = question < 0 ? null : pathAndQuery.substring(question + 1);

            int at = authority.lastIndexOf('@');
            String hostAndPort = at < 0 ? authority : authority.substring(at + 1);
            return splitHostAndPort(scheme, hostAndPort)
                    .map(hp -> new UrlParts(scheme, hp[0], hp[1], path, query));
        }

        private static Optional<String[]> splitHostAndPort(String scheme, String hostAndPort) {
            String host = hostAndPort;
            String port = null;
            int portColon = hostAndPort.lastIndexOf(':');
            if (portColon >= 0 && portColon > hostAndPort.lastIndexOf(']')) {
                host = hostAndPort.substring(0, portColon);
                port = hostAndPort.substring(portColon + 1);
            }
            Optional<String> asciiHost = normalizeHost(host);
            if (asciiHost.isEmpty()) {
                return Optional.empty();
            }
            if (port != null) {
                if (port.isEmpty()) {
                    port = null;
                } else if (!port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5
                        || Integer.parseInt(port) > 65535) {
                    return Optional.empty();
                } else {
                    port = String.valueOf(Integer.parseInt(port));
                    boolean isDefault = scheme.equals("http") ? port.equals("80") : port.equals("443");
                    if (isDefault) {
                        port = null;
                    }
                }
            }
            return Optional.of(new String[] {asciiHost.get(), port});
        }

        private static Optional<String> normalizeHost(String host) {
            if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
                return Optional.of(host.toLowerCase(Locale.ROOT));
            }
            String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            if (name.isEmpty()) {
                return Optional.empty();
            }
            try {
                String ascii = IDN.toASCII(PercentEncoding.decodeForComparison(name), IDN.ALLOW_UNASSIGNED)
                        .toLowerCase(Locale.ROOT);
                boolean valid = !ascii.isEmpty() && ascii.chars().allMatch(
                        c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_');
                return valid && !ascii.startsWith(".") && !ascii.contains("..") ? Optional.of(ascii) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static boolean hasControlCharacter(String text) {
            return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        }

        private static int indexOfAny(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
