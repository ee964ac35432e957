package org.parallax.core.brief;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences can state the same fact as far as their figures go. Sentences about one
 * event often read alike and differ only in a number ("rose to 4.2%" against "fell to 3.9%"), which
 * no similarity of words or meanings notices; when both sentences give figures, they must share at
 * least one. Figures are digit runs with thousands separators removed ("3,000" = "3000"); numbers
 * written in words are not read, so a sentence without digits is compatible with any other.
 */
public final class Numbers {
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private Numbers() {
    }

    public static boolean compatible(String a, String b) {
        Set<String> first = figures(a);
        if (first.isEmpty()) {
            return true;
        }
        Set<String> second = figures(b);
        if (second.isEmpty()) {
            return true;
        }
        second.retainAll(first);
        return !second.isEmpty();
    }

    static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String figure = m.group().replace(",", "");
            out.add(figure.endsWith(".") ? figure.substring(0, figure.length() - 1) : figure);
        }
        return out;
    }
}
