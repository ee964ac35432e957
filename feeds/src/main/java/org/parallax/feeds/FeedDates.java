package org.parallax.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads the dates feeds really write, or gives null: never a guess. ISO 8601 and its profiles go
 * to {@link IsoDates}; everything else (RFC 822 and its variants, asctime, "July 6, 2014 12:56 PM",
 * localized month names, Korean and Perforce forms, dotted times) to {@link TextDates}. Unix time
 * in seconds or milliseconds is read too. A zone that is not known, a value out of range, or a word
 * that is no part of a date makes the whole text no date. Without a zone the time is UTC.
 */
public final class FeedDates {
    private static final int MAX_LENGTH = 100;
    /** Go's and .NET's zero time: feeds write it for "no date". */
    private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private FeedDates() {
    }

    /** The instant the text names, or null. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        Instant epoch = epoch(value);
        if (epoch != null) {
            return epoch;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        Instant instant = attempt(() -> new IsoDates(lower).read());
        if (instant == null) {
            instant = attempt(() -> new TextDates(lower).read());
        }
        return instant == null || instant.equals(ZERO_TIME) || instant.isBefore(ZERO_TIME) ? null : instant;
    }

    /** What a reader makes of the text; null when it names a value out of range (the 31st of June, hour 25). */
    private static Instant attempt(Supplier<Instant> reader) {
        try {
            return reader.get();
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** Unix time in seconds (9 or 10 digits) or milliseconds (12 or 13). */
    private static Instant epoch(String value) {
        int length = value.length();
        if ((length < 9 || length > 10) && (length < 12 || length > 13)) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(value.charAt(i))) {
                return null;
            }
        }
        long number = Long.parseLong(value);
        return length <= 10 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
