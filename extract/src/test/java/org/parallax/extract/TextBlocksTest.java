package org.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parallax.extract.text.PlainText;

class TextBlocksTest {

    @Test
    void visibleLengthIsTheLengthOfTheTextOnOneLine() {
        for (String text : List.of("", "  ", "word", "  two\\n\\t words  ", "a\\u00A0\\u00A0b", "x \\u200B y", "é ü  ß")) {
            String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
            assertThat(TextBlocks.visibleLength(unescaped)).as(text).isEqualTo(PlainText.oneLine(unescaped).length());
        }
    }

    @Test
    void blocksKnowTheirLinksAndTheLongestStretchBetweenThem() {
        var body = Jsoup.parse("<body><p><a href=/a>Headline of another story</a>. What happened next, in a"
                + " sentence of its own.</p><ul><li><a href=/b>Link</a> <a href=/c>Other</a></li></ul>"
                + "<table><tr><td>Over 75s</td><td>Twice a day</td></tr></table></body>").body();
        List<TextBlocks.Block> blocks = TextBlocks.of(body);

        assertThat(blocks).extracting(TextBlocks.Block::text).containsExactly(
                "Headline of another story. What happened next, in a sentence of its own.", "Link Other",
                "Over 75s | Twice a day");
        assertThat(blocks.get(0).linkChars()).isEqualTo("Headline of another story".length());
        assertThat(blocks.get(0).longestUnlinked()).isEqualTo(". What happened next, in a sentence of its own.".length());
        assertThat(blocks.get(1).linkDensity()).isGreaterThan(0.8);
        assertThat(blocks.get(2).owner().nameIs("tr")).isTrue();
    }
}
