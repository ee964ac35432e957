package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    @Test
    void usesDeclaredCharsetThenMetaThenUtf8() {
        byte[] latin = "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HtmlDecoder.decode(latin, latin.length, "iso-8859-1")).isEqualTo("<p>café</p>");

        byte[] meta = "<meta charset=\"windows-1252\"><p>café</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlDecoder.decode(meta, meta.length, null)).endsWith("café</p>");

        byte[] utf8 = "<p>café</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(utf8, utf8.length, null)).isEqualTo("<p>café</p>");
        assertThat(HtmlDecoder.decode(utf8, utf8.length, "no-such-charset")).isEqualTo("<p>café</p>");
    }

    @Test
    void byteOrderMarkWins() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(HtmlDecoder.decode(bom, bom.length, "windows-1252")).isEqualTo("hi");
    }
}
