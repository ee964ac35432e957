package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 822 / 1123 and their variants
        "Sun, 06 Jul 2014 12:56:00 GMT | 2014-07-06T12:56:00Z",
        "Sun, 06 Jul 2014 12:56:00 +0200 | 2014-07-06T10:56:00Z",
        "Sun, 6 Jul 2014 12:56 -0700 | 2014-07-06T19:56:00Z",
        "06 Jul 2014 12:56:00 UT | 2014-07-06T12:56:00Z",
        "Sun, 06 Jul 14 12:56:00 EST | 2014-07-06T17:56:00Z",
        "Mon, 10 Mar 97 08:00:00 PST | 1997-03-10T16:00:00Z",
        "Sunday, 06-Jul-14 12:56:00 GMT | 2014-07-06T12:56:00Z",
        "Sun, 06 Jul 2014 12:56:00 PDT | 2014-07-06T19:56:00Z",
        "Sun, 06 Jul 2014 12:56:00 CEST | 2014-07-06T10:56:00Z",
        "Sun, 06 Jul 2014 12:56:00 +0200 (CEST) | 2014-07-06T10:56:00Z",
        "Tue, 10 Jun 2003 04:00:00 GMT+02:00 | 2003-06-10T02:00:00Z",
        "Sun, 06 July 2014 12:56:00 Z | 2014-07-06T12:56:00Z",
        "Sun, 06 Sept 2014 12:56:00 GMT | 2014-09-06T12:56:00Z",
        "sun, 06 jul 2014 12:56:00 gmt | 2014-07-06T12:56:00Z",
        "Sun,06 Jul 2014 12:56:00 GMT | 2014-07-06T12:56:00Z",
        "Sun, 06 Jul 2014 | 2014-07-06T00:00:00Z",
        // ISO 8601 / RFC 3339 / W3CDTF
        "2014-07-06T12:56:00Z | 2014-07-06T12:56:00Z",
        "2014-07-06T12:56:00.52Z | 2014-07-06T12:56:00.520Z",
        "2014-07-06T12:56:00+02:00 | 2014-07-06T10:56:00Z",
        "2014-07-06T12:56:00-0530 | 2014-07-06T18:26:00Z",
        "2014-07-06T12:56:00+02 | 2014-07-06T10:56:00Z",
        "2014-07-06T12:56Z | 2014-07-06T12:56:00Z",
        "2014-07-06 12:56:00 | 2014-07-06T12:56:00Z",
        "2014-07-06 12:56:00 +0000 | 2014-07-06T12:56:00Z",
        "2014-07-06t12:56:00z | 2014-07-06T12:56:00Z",
        "2014-07-06 | 2014-07-06T00:00:00Z",
        "2014-07 | 2014-07-01T00:00:00Z",
        "20140706T125600Z | 2014-07-06T12:56:00Z",
        "2014/07/06 12:56 | 2014-07-06T12:56:00Z",
        // other shapes seen in feeds
        "Sun Jul  6 12:56:00 2014 | 2014-07-06T12:56:00Z",
        "Sun Jul 06 12:56:00 UTC 2014 | 2014-07-06T12:56:00Z",
        "July 6, 2014 12:56 PM EST | 2014-07-06T17:56:00Z",
        "July 6, 2014 12:30 am | 2014-07-06T00:30:00Z",
        "6 July 2014 | 2014-07-06T00:00:00Z",
        "1404651360 | 2014-07-06T12:56:00Z",
    })
    void parses(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "yesterday", "not a date at all", "06/07/2014", "06.07.2014",
        "2014-13-01", "2014-02-30", "Sun, 32 Jul 2014 12:56:00 GMT", "Sun, 06 Jul 2014 25:00:00 GMT",
        "Sun, 06 Jul 2014 12:61:00 GMT", "Jul 2014", "12:56:00", "0001-01-01T00:00:00Z",
        "Sun, 06 Jul 2014 12:56:00 +9900", "Sun, 06 Foo 2014 12:56:00 GMT"})
    void refusesWhatItCannotPlace(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\uFFFF", "99999999999999999999", "--::--", "T::Z", "+0200"})
    void neverThrows(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aLongTextIsRefused() {
        assertThat(FeedDates.parse("Sun, 06 Jul 2014 12:56:00 GMT" + " ".repeat(50) + "x".repeat(100))).isNull();
        assertThat(FeedDates.parse(null)).isNull();
    }
}
