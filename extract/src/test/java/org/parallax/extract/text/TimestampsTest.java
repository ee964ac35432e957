package org.parallax.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-04-22T06:15:00-07:00 | 2021-04-22T13:15:00Z",
        "2021-04-22T13:15:00Z | 2021-04-22T13:15:00Z",
        "2021-04-22T13:15:00.250Z | 2021-04-22T13:15:00.250Z",
        "2021-04-22T15:15:00+0200 | 2021-04-22T13:15:00Z",
        "2021-04-22T13:15:00 | 2021-04-22T13:15:00Z",
        "2021-04-22 13:15:00 | 2021-04-22T13:15:00Z",
        "2021-04-22T13:15 | 2021-04-22T13:15:00Z",
        "2021-10-19 | 2021-10-19T00:00:00Z",
        " 2021-10-19 | 2021-10-19T00:00:00Z",
    })
    void parses(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2021-13-01", "2021-02-30", "19/10/2021", "1634601600",
        "2021-04-22T25:00:00Z", "2021-04-22Tgarbage"})
    void refuses(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }
}
