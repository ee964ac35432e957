package org.parallax.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Reads the dates feeds really write, without a list of patterns: the text is cut into words,
 * numbers, times and offsets, and each is placed by what it looks like. Covers RFC 822 / 1123
 * with or without the day name, two-digit years, named zones ("EST", "PDT", "CEST"), "GMT+2",
 * ISO 8601 / RFC 3339 (fractions, "+0200", "+02", no seconds, date only, basic "20140706T125600Z"),
 * asctime ("Sun Jul  6 12:56:00 2014"), "July 6, 2014 12:56 PM", dashes ("06-Jul-2014"), and Unix
 * seconds. Without a zone the time is read as UTC. Anything it cannot place with certainty is
 * null, never an exception: numeric day/month orders such as "06/07/2014" are ambiguous and refused.
 */
public final class FeedDates {
    private static final int MAX_LENGTH = 100;

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
        try {
            Instant epoch = epoch(value);
            return epoch != null ? epoch : new Reading(value.toLowerCase(Locale.ROOT)).read();
        } catch (DateTimeException | ArithmeticException e) {
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

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || c == '.';
    }

    /** One pass over one date text; fields are -1 until found. */
    private static final class Reading {
        private enum Last { NONE, NUMBER, WORD, TIME, ZONE, AMPM }

        private final String s;
        private int pos;
        private Last last = Last.NONE;
        private int year = -1;
        private int month = -1;
        private int day = -1;
        private int hour = -1;
        private int minute = 0;
        private int second = 0;
        private int nanos = 0;
        private boolean pm;
        private boolean am;
        private Integer zoneMinutes;
        private Integer offsetMinutes;

        Reading(String s) {
            this.s = s;
        }

        Instant read() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (isDigit(c)) {
                    number();
                } else if (c >= 'a' && c <= 'z') {
                    word();
                } else if ((c == '+' || c == '-') && offsetAllowed()) {
                    offset();
                } else if (c == '(') {
                    int close = s.indexOf(')', pos);
                    pos = close < 0 ? s.length() : close + 1;
                } else {
                    pos++;
                }
            }
            return build();
        }

        private boolean offsetAllowed() {
            return pos + 1 < s.length() && isDigit(s.charAt(pos + 1))
                    && (last == Last.TIME || last == Last.ZONE || last == Last.AMPM);
        }

        private void number() {
            int start = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            if (pos < s.length() && s.charAt(pos) == ':' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1))) {
                time(digits);
            } else if (digits.length() == 4 && year < 0 && numericDate(digits)) {
                last = Last.NUMBER;
            } else if (digits.length() == 8 && year < 0 && month < 0) {
                setDate(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
                last = Last.NUMBER;
            } else if ((digits.length() == 6 || digits.length() == 4) && hour < 0 && year >= 0 && day >= 0) {
                hour = Integer.parseInt(digits.substring(0, 2));
                minute = Integer.parseInt(digits.substring(2, 4));
                second = digits.length() == 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
                fraction();
                last = Last.TIME;
            } else {
                plainNumber(digits);
            }
        }

        /** "2014-07-06", "2014/07/06", "2014.07.06", "2014-07": year first, so unambiguous. */
        private boolean numericDate(String yearDigits) {
            int save = pos;
            if (pos >= s.length() || "-/.".indexOf(s.charAt(pos)) < 0) {
                return false;
            }
            char separator = s.charAt(pos);
            int monthValue = digitsAt(pos + 1, 2);
            if (monthValue < 0) {
                pos = save;
                return false;
            }
            int afterMonth = skipDigits(pos + 1);
            int dayValue = 1;
            pos = afterMonth;
            if (afterMonth < s.length() && s.charAt(afterMonth) == separator) {
                dayValue = digitsAt(afterMonth + 1, 2);
                if (dayValue < 0) {
                    pos = save;
                    return false;
                }
                pos = skipDigits(afterMonth + 1);
            }
            setDate(Integer.parseInt(yearDigits), monthValue, dayValue);
            return true;
        }

        private int digitsAt(int at, int maxDigits) {
            int end = skipDigits(at);
            if (end == at || end - at > maxDigits) {
                return -1;
            }
            return Integer.parseInt(s.substring(at, end));
        }

        private int skipDigits(int at) {
            int end = at;
            while (end < s.length() && isDigit(s.charAt(end))) {
                end++;
            }
            return end;
        }

        private void setDate(int y, int m, int d) {
            year = y;
            month = m;
            day = d;
        }

        private void plainNumber(String digits) {
            int value = Integer.parseInt(digits.length() > 9 ? "999999999" : digits);
            if (digits.length() == 4 && year < 0) {
                year = value;
            } else if (digits.length() <= 2 && day < 0 && value >= 1 && value <= 31) {
                day = value;
            } else if (digits.length() == 2 && year < 0) {
                year = value < 50 ? 2000 + value : 1900 + value;
            } else {
                year = -2; // a number that fits nowhere: refuse rather than guess
            }
            last = Last.NUMBER;
        }

        /** "12:56", "12:56:00", "12:56:00.520". */
        private void time(String hours) {
            hour = hours.length() <= 2 ? Integer.parseInt(hours) : 99;
            pos++; // ':'
            int end = skipDigits(pos);
            minute = end - pos == 2 ? Integer.parseInt(s.substring(pos, end)) : 99;
            pos = end;
            if (pos + 1 < s.length() && s.charAt(pos) == ':' && isDigit(s.charAt(pos + 1))) {
                end = skipDigits(pos + 1);
                second = end - pos - 1 == 2 ? Integer.parseInt(s.substring(pos + 1, end)) : 99;
                pos = end;
                fraction();
            }
            last = Last.TIME;
        }

        private void fraction() {
            if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && isDigit(s.charAt(pos + 1))) {
                int end = skipDigits(pos + 1);
                String digits = s.substring(pos + 1, Math.min(end, pos + 10));
                nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
                pos = end;
            }
        }

        /** "+0200", "-07:00", "+02", "+5". */
        private void offset() {
            int sign = s.charAt(pos) == '-' ? -1 : 1;
            int start = pos + 1;
            int end = skipDigits(start);
            int hours;
            int minutes = 0;
            String digits = s.substring(start, end);
            if (digits.length() <= 2) {
                hours = Integer.parseInt(digits);
                if (end + 3 <= s.length() && s.charAt(end) == ':'
                        && isDigit(s.charAt(end + 1)) && isDigit(s.charAt(end + 2))) {
                    minutes = Integer.parseInt(s.substring(end + 1, end + 3));
                    end += 3;
                }
            } else if (digits.length() == 4) {
                hours = Integer.parseInt(digits.substring(0, 2));
                minutes = Integer.parseInt(digits.substring(2));
            } else {
                hours = 99;
            }
            offsetMinutes = hours > 18 || minutes > 59 ? Integer.valueOf(Integer.MIN_VALUE)
                    : Integer.valueOf(sign * (hours * 60 + minutes));
            pos = end;
            last = Last.ZONE;
        }

        private void word() {
            int start = pos;
            while (pos < s.length() && isLetter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos).replace(".", "");
            int monthValue = DateWords.month(word);
            if (monthValue > 0 && month < 0) {
                month = monthValue;
                last = Last.WORD;
                return;
            }
            if (word.equals("am") || word.equals("pm")) {
                am = word.equals("am");
                pm = word.equals("pm");
                last = Last.AMPM;
                return;
            }
            Integer zone = DateWords.zone(word);
            if (zone != null) {
                if (zoneMinutes == null) {
                    zoneMinutes = zone;
                }
                last = Last.ZONE;
                return;
            }
            // Day names, "T", "at", ordinal suffixes and unknown words carry nothing we need.
            last = Last.WORD;
        }

        private Instant build() {
            if (year < 1 || month < 1 || day < 1) {
                return null;
            }
            int h = hour < 0 ? 0 : hour;
            if (pm && h >= 1 && h < 12) {
                h += 12;
            } else if (am && h == 12) {
                h = 0;
            }
            if (year < 1900 || year > 2999 || second > 60 || (offsetMinutes != null && offsetMinutes == Integer.MIN_VALUE)) {
                return null;
            }
            int offset = offsetMinutes != null ? offsetMinutes : zoneMinutes != null ? zoneMinutes : 0;
            LocalDateTime local = LocalDateTime.of(year, month, day, h, minute, Math.min(second, 59), nanos);
            return local.toInstant(ZoneOffset.ofTotalSeconds(offset * 60));
        }
    }
}
