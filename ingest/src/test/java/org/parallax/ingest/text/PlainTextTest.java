package org.parallax.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void oneLineAndJoin() {
        assertThat(PlainText.oneLine(" a \n\t b ")).isEqualTo("a b");
        assertThat(PlainText.join(List.of(" a ", "", "  ", "b\nc"))).isEqualTo("a\n\nb c");
    }
}
