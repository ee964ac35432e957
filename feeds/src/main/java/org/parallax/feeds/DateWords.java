package org.parallax.feeds;

import java.util.Map;

/** Month names and time-zone abbreviations, in lower case, for {@link FeedDates}. */
final class DateWords {
    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};

    /**
     * Offsets in minutes. RFC 822's own zones, then the abbreviations news feeds use. "CST" and
     * "IST" are ambiguous; the RFC 822 (US Central) and Indian readings are the common ones in feeds.
     */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("akst", -540), Map.entry("akdt", -480), Map.entry("hst", -600), Map.entry("ast", -240),
            Map.entry("adt", -180), Map.entry("nst", -210), Map.entry("ndt", -150),
            Map.entry("wet", 0), Map.entry("west", 60), Map.entry("bst", 60), Map.entry("ist", 330),
            Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("met", 60), Map.entry("mest", 120),
            Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("msk", 180), Map.entry("sast", 120),
            Map.entry("pkt", 300), Map.entry("wib", 420), Map.entry("ict", 420), Map.entry("hkt", 480),
            Map.entry("sgt", 480), Map.entry("pht", 480), Map.entry("awst", 480), Map.entry("jst", 540),
            Map.entry("kst", 540), Map.entry("acst", 570), Map.entry("acdt", 630), Map.entry("aest", 600),
            Map.entry("aedt", 660), Map.entry("nzst", 720), Map.entry("nzdt", 780), Map.entry("brt", -180));

    private DateWords() {
    }

    /** 1 to 12 for an English month name or its abbreviation ("jul", "july", "sept"), else -1. */
    static int month(String word) {
        if (word.length() < 3) {
            return -1;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(word)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The offset in minutes of a zone abbreviation, or null. */
    static Integer zone(String word) {
        return ZONES.get(word);
    }
}
