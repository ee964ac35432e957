package org.parallax.core.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of Python's {@code re.findall(r'\w+', text)} on a {@code str}: maximal runs of
 * letters (Unicode categories L*), numbers (N*) and underscores, case kept. Unlike Java's
 * Unicode {@code \w}, combining marks (M*) are not word characters, so "café" written with a
 * combining accent splits in two, as it does in the reference implementation.
 */
public final class WordTokens {

    private WordTokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isWordChar(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    static boolean isWordChar(int codePoint) {
        if (codePoint == '_' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
