package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>One</p><p>Two</p> | One Two",
        "a<br>b | a b",
        "<b>bold</b> and <i>it</i>alic | bold and italic",
        "AT&amp;T &lt;rocks&gt; | AT&T <rocks>",
        "x <script>var a = '<p>';</script>y | x y",
        "<style>p { color: red }</style>text | text",
        "a <!-- hidden --> b | a b",
        "5 < 6 and 7 > 3 | 5 < 6 and 7 > 3",
        "`<a href=\"x\" title='a > b'>link</a>` | link",
    })
    void plainTextOfHtml(String html, String text) {
        assertThat(HtmlText.plain(html)).isEqualTo(text);
    }

    @Test
    void decodesEntitiesAndCollapsesEveryKindOfSpace() {
        assertThat(HtmlText.plain("caf&eacute; &#233; &#xE9;")).isEqualTo("café é é");
        assertThat(HtmlText.plain("  spaced \t\n out\u00A0text  ")).isEqualTo("spaced out text");
    }

    @Test
    void readsAFieldAsHtmlOnlyWhenItLooksLikeHtml() {
        assertThat(HtmlText.plainIfMarkup("Fish & Chips <3")).isEqualTo("Fish & Chips <3");
        assertThat(HtmlText.plainIfMarkup("Use the <title> element")).isEqualTo("Use the <title> element");
        assertThat(HtmlText.plainIfMarkup("A <b>bold</b> claim")).isEqualTo("A bold claim");
        assertThat(HtmlText.plainIfMarkup("Tom &amp; Jerry")).isEqualTo("Tom & Jerry");
        assertThat(HtmlText.plainIfMarkup("R&D spend")).isEqualTo("R&D spend");
    }

    @Test
    void oneLineCollapsesOnlyWhatNeedsIt() {
        String clean = "already clean text";
        assertThat(HtmlText.oneLine(clean)).isSameAs(clean);
        assertThat(HtmlText.oneLine("\u200Bzero\u200Bwidth\uFEFF")).isEqualTo("zero width");
        assertThat(HtmlText.oneLine(" ")).isEmpty();
    }

    @Test
    void escapes() {
        assertThat(HtmlText.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
