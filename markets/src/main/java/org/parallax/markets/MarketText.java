package org.parallax.markets;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.parallax.extract.text.PlainText;

/**
 * A provider's description (HTML or Markdown) as one line of plain text for matching. Only the
 * opening matters, so it is cut at {@link #MAX_CHARS} on a word boundary.
 */
public final class MarketText {

    public static final int MAX_CHARS = 2000;
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKDOWN_MARKS = Pattern.compile("[*_#`>]+");

    private MarketText() {
    }

    /** Plain text, or null for nothing (including the literal "None" some exports write). */
    public static String plain(String text) {
        if (text == null || text.isBlank() || text.strip().equals("None")) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : text;
        plain = MARKDOWN_LINK.matcher(plain).replaceAll("$1");
        plain = MARKDOWN_MARKS.matcher(plain).replaceAll(" ");
        plain = PlainText.oneLine(plain);
        if (plain.isEmpty()) {
            return null;
        }
        if (plain.length() <= MAX_CHARS) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', MAX_CHARS);
        return plain.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }
}
