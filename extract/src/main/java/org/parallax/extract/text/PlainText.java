package org.parallax.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The plain-text conventions of Parallax: one-line fields, and article text as paragraphs. */
public final class PlainText {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\s&&[^\\n]]*\\n\\s*");

    private PlainText() {
    }

    /** Collapses all whitespace (line breaks included) to single spaces and strips the ends. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        // By hand, not with a regular expression: extraction calls this for every text node of a page.
        StringBuilder line = null;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (line == null && (inSpace || c != ' ')) {
                    line = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (line != null && !inSpace) {
                    line.append(' ');
                }
                inSpace = true;
            } else {
                if (line != null) {
                    line.append(c);
                }
                inSpace = false;
            }
        }
        return (line == null ? text : line.toString()).strip();
    }

    /** Whitespace ({@code \\s}), and the no-break and zero-width kinds that pages love. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Article text in the form {@link org.parallax.core.model.ArticleDraft} expects: paragraphs
     * split at blank lines, each collapsed to one line, joined by one blank line. A single line
     * break inside a paragraph is taken as a soft wrap.
     */
    public static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return join(List.of(BLANK_LINE.split(unified)));
    }

    /** Joins already separated paragraphs, dropping empty ones. */
    public static String join(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            String line = oneLine(paragraph);
            if (!line.isEmpty()) {
                kept.add(line);
            }
        }
        return String.join("\n\n", kept);
    }
}
