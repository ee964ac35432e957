package org.parallax.feeds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The dates that are not ISO 8601, read without a list of patterns: the text is cut into words,
 * numbers, times and offsets, and each is placed by what it looks like. Covers RFC 822 / 1123 with
 * or without the day name, two-digit years (00-49 this century), day and month swapped, extra
 * commas, named zones (RFC 822's, military letters, "ET", "MEST", "GMT+2", "Etc/GMT" and other IANA
 * names), asctime ("Sun Jul  6 12:56:00 2014", also with the zone before the year), "July 6th, 2014
 * at 12:56 PM", "06-Jul-2014", year-first "2006/09/15", month names in several languages (Greek,
 * Hungarian...), Korean ("2004년 05월 28일 01:31:15", "2004-05-25 오후 11:23:17", Korean time when
 * no zone is given) and dotted times ("10.30 GMT"). Anything it cannot place with certainty makes
 * the text no date: an unknown word or zone, a number that fits nowhere, a value out of range, a
 * numeric day/month order such as "06/07/2014".
 */
final class TextDates {
    private static final int KOREAN_OFFSET = 540;

    private enum Last { NONE, NUMBER, WORD, TIME, ZONE, AMPM }

    private final String s;
    private int pos;
    private Last last = Last.NONE;
    private boolean invalid;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int hour = -1;
    private int minute;
    private int second;
    private int nanos;
    private boolean pm;
    private boolean am;
    private boolean korean;
    private Integer zoneMinutes;
    private ZoneId zoneId;
    private Integer offsetMinutes;

    /** @param s lower-case, stripped */
    TextDates(String s) {
        this.s = s;
    }

    /** The instant, or null when the text is not in this reader's forms; throws on a value out of range. */
    Instant read() {
        while (pos < s.length() && !invalid) {
            char c = s.charAt(pos);
            if (FeedDates.isDigit(c)) {
                number();
            } else if (Character.isLetter(c)) {
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
        return invalid ? null : build();
    }

    private boolean offsetAllowed() {
        return pos + 1 < s.length() && FeedDates.isDigit(s.charAt(pos + 1))
                && (last == Last.TIME || last == Last.ZONE || last == Last.AMPM);
    }

    private void number() {
        int start = pos;
        pos = skipDigits(pos);
        String digits = s.substring(start, pos);
        char next = pos < s.length() ? s.charAt(pos) : ' ';
        if (next == ':' && pos + 1 < s.length() && FeedDates.isDigit(s.charAt(pos + 1))) {
            time(digits, ':');
        } else if (next == '년' || next == '월' || next == '일') {
            korean(digits, next);
        } else if (next == '.' && digits.length() <= 2 && hour < 0 && year > 0 && month > 0 && day > 0
                && skipDigits(pos + 1) - pos - 1 == 2) {
            time(digits, '.'); // "10.30 GMT" after the date
        } else if (digits.length() == 4 && year < 0 && month < 0 && numericDate(digits)) {
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

    /** "2004년", "05월", "28일". */
    private void korean(String digits, char unit) {
        int value = Integer.parseInt(digits.length() > 9 ? "999999999" : digits);
        korean = true;
        pos++;
        switch (unit) {
            case '년' -> {
                invalid |= year >= 0 || digits.length() != 4;
                year = value;
            }
            case '월' -> {
                invalid |= month >= 0;
                month = value;
            }
            default -> {
                invalid |= day >= 0;
                day = value;
            }
        }
        last = Last.NUMBER;
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
                invalid = true;
                return true;
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
        while (end < s.length() && FeedDates.isDigit(s.charAt(end))) {
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
            skipOrdinalSuffix();
        } else if (digits.length() == 2 && year < 0) {
            year = value < 50 ? 2000 + value : 1900 + value;
        } else {
            invalid = true; // a number that fits nowhere: refuse rather than guess
        }
        last = Last.NUMBER;
    }

    /** "6th", "1st", "22nd", "3rd". */
    private void skipOrdinalSuffix() {
        if (pos + 2 <= s.length()) {
            String suffix = s.substring(pos, pos + 2);
            boolean wordEnds = pos + 2 == s.length() || !Character.isLetter(s.charAt(pos + 2));
            if (wordEnds && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                pos += 2;
            }
        }
    }

    /** "12:56", "12:56:00", "12:56:00.520", "10.30"; a fourth part or a part of the wrong length is no time. */
    private void time(String hours, char separator) {
        if (hour >= 0 || hours.length() > 2) {
            invalid = true;
            return;
        }
        hour = Integer.parseInt(hours);
        pos++;
        int end = skipDigits(pos);
        minute = end - pos == 2 ? Integer.parseInt(s.substring(pos, end)) : 99;
        pos = end;
        if (pos + 1 < s.length() && s.charAt(pos) == separator && FeedDates.isDigit(s.charAt(pos + 1))) {
            end = skipDigits(pos + 1);
            second = end - pos - 1 == 2 ? Integer.parseInt(s.substring(pos + 1, end)) : 99;
            pos = end;
            if (separator == ':') {
                fraction();
            }
            if (pos < s.length() && s.charAt(pos) == separator) {
                invalid = true; // "1:2:3:4"
            }
        }
        last = Last.TIME;
    }

    private void fraction() {
        if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',')
                && FeedDates.isDigit(s.charAt(pos + 1))) {
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
            if (end < s.length() && s.charAt(end) == ':') {
                if (end + 3 <= s.length() && skipDigits(end + 1) == end + 3) {
                    minutes = Integer.parseInt(s.substring(end + 1, end + 3));
                    end += 3;
                } else {
                    invalid = true; // "+00:zz"
                }
            }
        } else if (digits.length() == 4) {
            hours = Integer.parseInt(digits.substring(0, 2));
            minutes = Integer.parseInt(digits.substring(2));
        } else {
            hours = 99;
        }
        if (hours > 18 || minutes > 59 || offsetMinutes != null) {
            invalid = true;
        }
        offsetMinutes = sign * (hours * 60 + minutes);
        pos = end;
        last = Last.ZONE;
    }

    private void word() {
        int start = pos;
        while (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        String word = s.substring(start, pos).replace(".", "");
        if (pos + 1 < s.length() && s.charAt(pos) == '/' && Character.isLetter(s.charAt(pos + 1))) {
            ianaZone(start);
            return;
        }
        int monthValue = DateWords.month(word);
        if (monthValue > 0) {
            invalid |= month >= 0 && month != monthValue;
            month = monthValue;
            last = Last.WORD;
            return;
        }
        switch (word) {
            case "am", "pm", "오전", "오후" -> {
                am = word.equals("am") || word.equals("오전");
                pm = !am;
                korean |= word.charAt(0) == '오';
                last = Last.AMPM;
                return;
            }
            case "t" -> {
                invalid |= hour >= 0;
                last = Last.WORD;
                return;
            }
            default -> {
                // below
            }
        }
        Integer zone = DateWords.zone(word);
        // Single letters (military zones) and "at" are zones only after the time.
        if (zone != null && (hour >= 0 || (word.length() > 1 && !DateWords.isFiller(word)))) {
            invalid |= zoneMinutes != null || zoneId != null;
            zoneMinutes = zone;
            last = Last.ZONE;
            return;
        }
        // Day names, a leading word before a comma (the day of RFC 822), and filler carry nothing.
        boolean dayOfWeek = DateWords.isDay(word) || (start == 0 && pos < s.length() && s.charAt(pos) == ',');
        invalid |= !dayOfWeek && !DateWords.isFiller(word);
        last = Last.WORD;
    }

    /** "Etc/GMT", "Europe/Berlin": the zone's offset at the local time read. */
    private void ianaZone(int start) {
        int end = pos;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ')') {
            end++;
        }
        ZoneId id = DateWords.zoneId(s.substring(start, end));
        invalid |= id == null || zoneMinutes != null || zoneId != null;
        zoneId = id;
        pos = end;
        last = Last.ZONE;
    }

    private Instant build() {
        if (year < 1 || month < 1 || day < 1) {
            return null;
        }
        int h = hour < 0 ? 0 : hour;
        if (pm || am) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, h, minute, second, nanos);
        if (offsetMinutes != null) {
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        }
        if (zoneId != null) {
            return local.atZone(zoneId).toInstant();
        }
        int offset = zoneMinutes != null ? zoneMinutes : korean ? KOREAN_OFFSET : 0;
        return local.toInstant(ZoneOffset.ofTotalSeconds(offset * 60));
    }
}
