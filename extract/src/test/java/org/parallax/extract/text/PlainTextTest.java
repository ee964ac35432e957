package org.parallax.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void paragraphsAreSplitAtBlankLinesAndCollapsed() {
        assertThat(PlainText.paragraphs("  First line\nwrapped.\r\n\r\n\n Second\u00A0 one. \n \nThird.\n"))
                .isEqualTo("First line wrapped.\n\nSecond one.\n\nThird.");
        assertThat(PlainText.paragraphs(" \n\n ")).isEmpty();
        assertThat(PlainText.paragraphs(null)).isEmpty();
    }

    @Test
    void oneLineCollapsesTheSameSpacesAsTheRegularExpressionItReplaces() {
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
        char[] alphabet = {'a', 'é', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F',
                '\u200B', '\uFEFF', '\u2003', '\u3000'};
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertThat(PlainText.oneLine(input)).as("%s", input.chars().boxed().toList())
                    .isEqualTo(spaces.matcher(input).replaceAll(" ").strip());
        }
    }

    @Test
    void oneLineAndJoin() {
        assertThat(PlainText.oneLine(" a \n\t b ")).isEqualTo("a b");
        assertThat(PlainText.join(List.of(" a ", "", "  ", "b\nc"))).isEqualTo("a\n\nb c");
    }
}
