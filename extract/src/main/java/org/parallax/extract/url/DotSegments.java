package org.parallax.extract.url;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Removes "." and ".." segments from a URL path (RFC 3986, section 5.2.4). */
final class DotSegments {
    private DotSegments() {
    }

    static String remove(String path) {
        if (!path.contains("/.") && !path.toLowerCase(Locale.ROOT).contains("/%2e")) {
            return path;
        }
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        // segments[0] is the empty text before the leading slash.
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equalsIgnoreCase("%2e")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..") || isEncodedDotDot(segment)) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    private static boolean isEncodedDotDot(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return lower.equals("%2e%2e") || lower.equals(".%2e") || lower.equals("%2e.");
    }
}
