package org.parallax.feeds;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates, in lower case, for {@link FeedDates}: month names in the languages feeds
 * are written in (English, Greek, Hungarian, German, French, Spanish; full names, abbreviations and
 * inflected forms), day names, and time-zone names with their offsets. A word that could be two
 * different months is no month.
 */
final class DateWords {
    /** Month names; a word matches a name it begins (3 letters at least) or that begins it. */
    private static final List<List<String>> MONTHS = List.of(
            List.of("january", "janvier", "januar", "enero", "ιαν", "janu\u00e1r"),
            List.of("february", "f\u00e9vrier", "februar", "febrero", "φεβ", "febru\u00e1r"),
            List.of("march", "mars", "m\u00e4rz", "marzo", "μαρ", "μαω", "m\u00e1rcius"),
            List.of("april", "avril", "abril", "απρ", "\u00e1prilis"),
            List.of("may", "mai", "mayo", "μαι", "m\u00e1jus"),
            List.of("june", "juni", "juin", "junio", "ιουν", "ιον", "j\u00fanius"),
            List.of("july", "juli", "juillet", "julio", "ιουλ", "ιολ", "j\u00falius"),
            List.of("august", "ao\u00fbt", "agosto", "αυγ", "augusztus"),
            List.of("september", "septembre", "septiembre", "setiembre", "σεπ", "szeptember"),
            List.of("october", "oktober", "octobre", "octubre", "οκτ", "okt\u00f3ber"),
            List.of("november", "novembre", "noviembre", "νοε"),
            List.of("december", "dezember", "d\u00e9cembre", "diciembre", "δεκ"));

    /** Day names (English, Greek) that stand without a comma ("Sun Jan  4 16:29:06 2004"). */
    private static final Set<String> DAYS = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
            "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ");

    /** Words that carry nothing in a date ("July 6th, 2014 at 12:56", "Etc/GMT" aside). */
    private static final Set<String> FILLER = Set.of("at", "on", "the", "of", "de", "del", "um", "uhr", "h");

    /**
     * Offsets in minutes. RFC 822's zones, its military letters (A = -1 to M = -12 without J, N = +1
     * to Y = +12, as RFC 822 defines them), the US names without a season (ET, CT, MT, PT, AT),
     * then the abbreviations news feeds use. "CST" and "IST" are ambiguous; the RFC 822 (US Central)
     * and Indian readings are the common ones in feeds.
     */
    private static final Map<String, Integer> ZONES = zones();

    /** The month names folded ({@link #folded}), with their month: {name, month, name, month...}. */
    private static final Object[] FOLDED_MONTHS = foldedMonths();

    /** IANA zone ids by lower-case name ("etc/gmt", "europe/berlin"), built when first needed. */
    private static volatile Map<String, ZoneId> zoneIds;

    private DateWords() {
    }

    private static Map<String, Integer> zones() {
        Map<String, Integer> zones = new HashMap<>(Map.ofEntries(
                Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0),
                Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
                Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
                Map.entry("et", -300), Map.entry("ct", -360), Map.entry("mt", -420), Map.entry("pt", -480),
                Map.entry("at", -240),
                Map.entry("akst", -540), Map.entry("akdt", -480), Map.entry("hst", -600), Map.entry("ast", -240),
                Map.entry("adt", -180), Map.entry("nst", -210), Map.entry("ndt", -150),
                Map.entry("wet", 0), Map.entry("west", 60), Map.entry("bst", 60), Map.entry("ist", 330),
                Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("met", 60), Map.entry("mest", 120),
                Map.entry("mez", 60), Map.entry("mesz", 120),
                Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("msk", 180), Map.entry("sast", 120),
                Map.entry("pkt", 300), Map.entry("wib", 420), Map.entry("ict", 420), Map.entry("hkt", 480),
                Map.entry("sgt", 480), Map.entry("pht", 480), Map.entry("awst", 480), Map.entry("jst", 540),
                Map.entry("kst", 540), Map.entry("acst", 570), Map.entry("acdt", 630), Map.entry("aest", 600),
                Map.entry("aedt", 660), Map.entry("nzst", 720), Map.entry("nzdt", 780), Map.entry("brt", -180)));
        String letters = "abcdefghiklm";
        for (int i = 0; i < letters.length(); i++) {
            zones.put(String.valueOf(letters.charAt(i)), -60 * (i + 1));
        }
        for (char c = 'n'; c <= 'y'; c++) {
            zones.put(String.valueOf(c), 60 * (c - 'n' + 1));
        }
        return Map.copyOf(zones);
    }

    private static Object[] foldedMonths() {
        List<Object> out = new java.util.ArrayList<>();
        for (int m = 0; m < MONTHS.size(); m++) {
            for (String name : MONTHS.get(m)) {
                out.add(folded(name));
                out.add(m + 1);
            }
        }
        return out.toArray();
    }

    /** 1 to 12 for a month name, abbreviation or inflected form in one of the languages, else -1. */
    static int month(String word) {
        String w = folded(word);
        if (w.length() < 3) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < FOLDED_MONTHS.length; i += 2) {
            String name = (String) FOLDED_MONTHS[i];
            if (name.startsWith(w) || w.startsWith(name)) {
                int month = (Integer) FOLDED_MONTHS[i + 1];
                if (found >= 0 && found != month) {
                    return -1; // "jui": juin or juillet
                }
                found = month;
            }
        }
        return found;
    }

    static boolean isDay(String word) {
        return DAYS.contains(folded(word));
    }

    static boolean isFiller(String word) {
        return FILLER.contains(word);
    }

    /** The offset in minutes of a zone abbreviation or military letter, or null. */
    static Integer zone(String word) {
        return ZONES.get(word);
    }

    /** The IANA zone of a name such as "etc/gmt" or "america/new_york" (any case), or null. */
    static ZoneId zoneId(String name) {
        Map<String, ZoneId> ids = zoneIds;
        if (ids == null) {
            Map<String, ZoneId> all = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                all.put(id.toLowerCase(java.util.Locale.ROOT), ZoneId.of(id));
            }
            ids = Map.copyOf(all);
            zoneIds = ids;
        }
        return ids.get(name);
    }

    /** Lower case without accents: "Ιούλ" and "ιουλ", "július" and "julius" match. */
    private static String folded(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'ς' ? 'σ' : c);
            }
        }
        return out.toString();
    }
}
