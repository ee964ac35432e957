package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.feeds.ParseHelper.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Byte-order marks, HTTP charsets, XML declarations, and which one wins when they disagree. */
class FeedEncodingTest {
    private static final String TITLE = "Zürich café – naïve “news”";

    private static byte[] rss(String declaration, Charset charset) {
        String xml = (declaration == null ? "" : "<?xml version=\"1.0\" encoding=\"" + declaration + "\"?>\n")
                + "<rss version=\"2.0\"><channel><title>" + TITLE + "</title></channel></rss>";
        return xml.getBytes(charset);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static String title(byte[] body, String contentType) {
        return feed(body, contentType, "https://feeds.example/").title();
    }

    @Test
    void byteOrderMarksWinOverLabels() {
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, rss("ISO-8859-1", StandardCharsets.UTF_8));
        assertThat(title(utf8Bom, "text/xml; charset=ISO-8859-1")).isEqualTo(TITLE);
        assertThat(title(rss("UTF-16", StandardCharsets.UTF_16), null)).isEqualTo(TITLE); // Java writes a BE BOM
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, rss("UTF-16", StandardCharsets.UTF_16LE));
        assertThat(title(utf16le, "application/xml")).isEqualTo(TITLE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeros() {
        assertThat(title(rss("UTF-16", StandardCharsets.UTF_16LE), null)).isEqualTo(TITLE);
        assertThat(title(rss("UTF-16", StandardCharsets.UTF_16BE), null)).isEqualTo(TITLE);
    }

    @Test
    void validUtf8IsUtf8WhateverTheLabelsSay() {
        byte[] body = rss("ISO-8859-1", StandardCharsets.UTF_8);
        assertThat(title(body, "text/xml; charset=iso-8859-1")).isEqualTo(TITLE);
        assertThat(title(body, null)).isEqualTo(TITLE);
    }

    @Test
    void theXmlDeclarationNamesALegacyCharset() {
        Charset windows1252 = Charset.forName("windows-1252");
        assertThat(title(rss("windows-1252", windows1252), null)).isEqualTo(TITLE);
        assertThat(title(rss("ISO-8859-1", windows1252), "text/xml")).as("Latin-1 labels mean windows-1252")
                .isEqualTo(TITLE);
    }

    @Test
    void theHttpCharsetWinsOverTheDeclarationUnlessItIsOnlyTheServersLatin1Default() {
        Charset koi8 = Charset.forName("KOI8-R");
        String russian = "<rss version=\"2.0\"><channel><title>Новости дня</title></channel></rss>";
        byte[] body = russian.getBytes(koi8);
        assertThat(title(body, "text/xml; charset=KOI8-R")).isEqualTo("Новости дня");

        byte[] declared = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + russian).getBytes(Charset.forName("windows-1251"));
        assertThat(title(declared, "text/xml; charset=ISO-8859-1")).isEqualTo("Новости дня");
    }

    @Test
    void withNoLabelUndecodableBytesFallBackSensibly() {
        assertThat(title(rss(null, Charset.forName("windows-1252")), null)).as("no multi-byte sequences: windows-1252")
                .isEqualTo(TITLE);
        byte[] mostlyUtf8 = "<rss><channel><title>Zürich \u00e9t\u00e9 \u00ff</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        mostlyUtf8[mostlyUtf8.length - 26] = (byte) 0xFF; // break one byte of the last character
        assertThat(title(mostlyUtf8, null)).startsWith("Zürich été ").contains("\uFFFD");
    }

    @Test
    void aLabelThatNamesNoCharsetIsIgnored() {
        assertThat(title(rss("no-such-charset", StandardCharsets.UTF_8), "text/xml; charset=\"bogus\"")).isEqualTo(TITLE);
    }
}
