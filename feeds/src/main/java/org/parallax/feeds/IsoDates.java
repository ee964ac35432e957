package org.parallax.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * ISO 8601 and its profiles as feeds write them, the whole text or nothing: W3C-DTF and RFC 3339
 * ("2003-12-31T10:14:55.538-08:00") with their partial forms ("2003-12", "2003"), the basic form
 * ("20031231T101455Z"), ordinal dates ("2003-335", "2003335"), two-digit years ("03-12-31",
 * "031231", "-03-12", "-0312"), a three-digit month ("2003-012-31"), a month name in its place
 * ("2004-július-13T9:15-05:00"), and the SQL form with a space ("2004-07-08 23:56:58.0 -00:20").
 * Without a zone the time is UTC. Returns null for anything else, so that the general reader may try.
 */
final class IsoDates {
    private final String s;
    private int pos;

    /** @param s lower-case, stripped */
    IsoDates(String s) {
        this.s = s;
    }

    /** The instant, or null when the text is not in this reader's forms; throws on a value out of range. */
    Instant read() {
        LocalDate date = date();
        if (date == null) {
            return null;
        }
        if (pos == s.length()) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        char separator = s.charAt(pos);
        if (separator != 't' && separator != ' ') {
            return null;
        }
        pos++;
        while (separator == ' ' && pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        LocalDateTime time = time(date, separator == 't');
        if (time == null) {
            return null;
        }
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        Integer offset = zone();
        if (offset == null || pos != s.length()) {
            return null;
        }
        return time.toInstant(ZoneOffset.ofTotalSeconds(offset * 60));
    }

    private LocalDate date() {
        if (s.startsWith("-") && digits(1) >= 2) {
            return twoDigitYearMonth(); // "-0312", "-03-12"
        }
        int run = digits(0);
        return switch (run) {
            case 4 -> extended(Integer.parseInt(s.substring(0, 4)));
            case 8 -> at(8, LocalDate.of(number(0, 4), number(4, 6), number(6, 8)));
            case 7 -> at(7, LocalDate.ofYearDay(number(0, 4), number(4, 7)));
            case 6 -> at(6, LocalDate.of(2000 + number(0, 2), number(2, 4), number(4, 6)));
            case 2 -> twoDigitYearExtended();
            default -> null; // 5 digits ("22013") could be a year too long or a two-digit ordinal: neither is guessed
        };
    }

    /** "2003", "2003-12", "2003-12-31", "2003-012-31", "2003-335", "2004-július-13". */
    private LocalDate extended(int year) {
        pos = 4;
        if (pos == s.length() || s.charAt(pos) != '-') {
            return year == 0 ? null : LocalDate.of(year, 1, 1);
        }
        pos++;
        int run = digits(pos);
        int month;
        if (run == 0) {
            int end = pos;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            month = end > pos ? DateWords.month(s.substring(pos, end)) : -1;
            if (month < 0) {
                return null;
            }
            pos = end;
        } else if (run == 3 && !(s.charAt(pos) == '0' && pos + 3 < s.length() && s.charAt(pos + 3) == '-')) {
            int day = number(pos, pos + 3);
            pos += 3;
            return LocalDate.ofYearDay(year, day); // "2003-335"
        } else if (run == 2 || run == 3) { // "2003-012-31": a month written with three digits
            month = number(pos, pos + run);
            pos += run;
        } else {
            return null;
        }
        if (pos == s.length() || s.charAt(pos) != '-') {
            return LocalDate.of(year, month, 1);
        }
        int dayRun = digits(pos + 1);
        if (dayRun < 1 || dayRun > 2) {
            return null;
        }
        int day = number(pos + 1, pos + 1 + dayRun);
        pos += 1 + dayRun;
        return LocalDate.of(year, month, day);
    }

    /** "03-12-31", "03-335". */
    private LocalDate twoDigitYearExtended() {
        if (s.length() < 3 || s.charAt(2) != '-') {
            return null;
        }
        int year = 2000 + number(0, 2);
        int run = digits(3);
        if (run == 3) {
            return at(6, LocalDate.ofYearDay(year, number(3, 6)));
        }
        if (run != 2 || s.length() < 8 || s.charAt(5) != '-' || digits(6) != 2) {
            return null;
        }
        return at(8, LocalDate.of(year, number(3, 5), number(6, 8)));
    }

    /** "-0312", "-03-12": the month of a two-digit year. */
    private LocalDate twoDigitYearMonth() {
        if (digits(1) == 4) {
            return at(5, LocalDate.of(2000 + number(1, 3), number(3, 5), 1));
        }
        if (digits(1) == 2 && s.length() >= 6 && s.charAt(3) == '-' && digits(4) == 2) {
            return at(6, LocalDate.of(2000 + number(1, 3), number(4, 6), 1));
        }
        return null;
    }

    /** "10:14", "10:14:55", "10:14:55.538", "9:15"; after a "t" also "1014", "101455". */
    private LocalDateTime time(LocalDate date, boolean afterT) {
        int run = digits(pos);
        int hour;
        int minute;
        int second = 0;
        if ((run == 1 || run == 2) && pos + run < s.length() && s.charAt(pos + run) == ':') {
            hour = number(pos, pos + run);
            pos += run + 1;
            if (digits(pos) != 2) {
                return null;
            }
            minute = number(pos, pos + 2);
            pos += 2;
            if (pos < s.length() && s.charAt(pos) == ':') {
                if (digits(pos + 1) != 2) {
                    return null;
                }
                second = number(pos + 1, pos + 3);
                pos += 3;
            }
        } else if (afterT && (run == 4 || run == 6)) {
            hour = number(pos, pos + 2);
            minute = number(pos + 2, pos + 4);
            second = run == 6 ? number(pos + 4, pos + 6) : 0;
            pos += run;
        } else {
            return null;
        }
        int nanos = 0;
        if (pos + 1 < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && digits(pos + 1) > 0) {
            int fraction = digits(pos + 1);
            String digits = s.substring(pos + 1, pos + 1 + Math.min(fraction, 9));
            nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
            pos += 1 + fraction;
        }
        return date.atTime(hour, minute, second, nanos);
    }

    /** The offset in minutes: none (UTC), "z", "+08:00", "-0800", "+08", or a zone name; null when unreadable. */
    private Integer zone() {
        if (pos == s.length()) {
            return 0;
        }
        char c = s.charAt(pos);
        if (c == '+' || c == '-') {
            int sign = c == '-' ? -1 : 1;
            int run = digits(pos + 1);
            int hours;
            int minutes = 0;
            if (run == 2 && pos + 3 < s.length() && s.charAt(pos + 3) == ':') {
                if (digits(pos + 4) != 2) {
                    return null;
                }
                hours = number(pos + 1, pos + 3);
                minutes = number(pos + 4, pos + 6);
                pos += 6;
            } else if (run == 2 || run == 4) {
                hours = number(pos + 1, pos + 3);
                minutes = run == 4 ? number(pos + 3, pos + 5) : 0;
                pos += 1 + run;
            } else {
                return null;
            }
            return hours > 18 || minutes > 59 ? null : sign * (hours * 60 + minutes);
        }
        int end = pos;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        Integer named = end > pos ? DateWords.zone(s.substring(pos, end)) : null;
        if (named != null && (end - pos > 1 || c == 'z')) {
            pos = end;
            return named;
        }
        return null;
    }

    private LocalDate at(int end, LocalDate date) {
        pos = end;
        return date;
    }

    /** The length of the run of ASCII digits at {@code from}. */
    private int digits(int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        return end - from;
    }

    private int number(int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
