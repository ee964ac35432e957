package org.parallax.core.brief;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences can state the same fact as far as their figures go. Sentences about one
 * event often read alike and differ only in a number ("rose to 4.2%" against "fell to 3.9%"), which
 * no similarity of words or meanings notices; when both sentences give figures, they must share at
 * least one. Figures are digit runs with thousands separators removed ("3,000" = "3000"), a scale word
 * after one read into it ("5 million" = "5,000,000", "$1.9 trillion" = "1.9 trillion dollars"); numbers
 * written in words are not read, so a sentence without digits is compatible with any other.
 */
public final class Numbers {
    private static final Pattern FIGURE = Pattern.compile(
            "\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(million|billion|trillion)\\b)?", Pattern.CASE_INSENSITIVE);

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

    /** "1.9" and "trillion" as the one figure "1900000000000", which "1,900,000,000,000" also gives. */
    private static String scaled(String figure, String scale) {
        int zeros = switch (scale.toLowerCase(Locale.ROOT)) {
            case "million" -> 6;
            case "billion" -> 9;
            default -> 12;
        };
        return new BigDecimal(figure).movePointRight(zeros).stripTrailingZeros().toPlainString();
    }

    static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            int space = digits.indexOf(' ') < 0 ? digits.length() : digits.indexOf(' ');
            String figure = digits.substring(0, space).trim();
            if (figure.endsWith(".")) {
                figure = figure.substring(0, figure.length() - 1);
            }
            out.add(m.group(1) == null ? figure : scaled(figure, m.group(1)));
        }
        return out;
    }
}
