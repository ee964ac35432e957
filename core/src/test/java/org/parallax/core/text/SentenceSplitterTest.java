package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.sentences(text);
    }

    @Test
    void splitsPlainSentences() {
        assertThat(split("The vote passed. Critics objected! Will it hold? Nobody knows."))
                .containsExactly("The vote passed.", "Critics objected!", "Will it hold?", "Nobody knows.");
    }

    @Test
    void keepsTitlesBeforeNames() {
        assertThat(split("Pres. Putin met Mr. Smith and Dr. Jones. Gov. Lee, Rep. Diaz and Gen. Park agreed."))
                .containsExactly("Pres. Putin met Mr. Smith and Dr. Jones.", "Gov. Lee, Rep. Diaz and Gen. Park agreed.");
    }

    @Test
    void handlesStateAbbreviationsAfterLawmakers() {
        assertThat(split("The bill was backed by Sen. Elizabeth Warren, D-Mass., and others. "
                + "It was opposed by Sen. Ted Cruz, R-Tex. The vote is Monday."))
                .containsExactly("The bill was backed by Sen. Elizabeth Warren, D-Mass., and others.",
                        "It was opposed by Sen. Ted Cruz, R-Tex.",
                        "The vote is Monday.");
    }

    @Test
    void usAbbreviationEndsASentenceOnlyBeforeAFunctionWord() {
        assertThat(split("The U.S. Senate voted. Aid will flow to the U.S. The plan starts in U.S. markets."))
                .containsExactly("The U.S. Senate voted.", "Aid will flow to the U.S.",
                        "The plan starts in U.S. markets.");
    }

    @Test
    void keepsMonthsNumbersAndInitialsTogether() {
        assertThat(split("On Jan. 5 the No. 5 seed lost. J. R. R. Tolkien wrote it in Sept. 1937. St. Louis won."))
                .containsExactly("On Jan. 5 the No. 5 seed lost.", "J. R. R. Tolkien wrote it in Sept. 1937.",
                        "St. Louis won.");
    }

    @Test
    void keepsDecimalsAndInnerEllipses() {
        assertThat(split("Growth was 3.5 percent. \"We visited every three months...We had access,\" he said."))
                .containsExactly("Growth was 3.5 percent.",
                        "\"We visited every three months...We had access,\" he said.");
    }

    @Test
    void ellipsisBeforeACapitalEndsASentence() {
        assertThat(split("He paused... Then he left. The report was cut off..."))
                .containsExactly("He paused...", "Then he left.", "The report was cut off...");
    }

    @Test
    void endsInsideClosingQuotesAndParentheses() {
        assertThat(split("He said \"no.\" Then he left. (The aide declined to comment.) Talks resume Friday."))
                .containsExactly("He said \"no.\"", "Then he left.", "(The aide declined to comment.)",
                        "Talks resume Friday.");
        assertThat(split("“It is over,” she said. “We lost.” Officials agreed."))
                .containsExactly("“It is over,” she said.", "“We lost.”", "Officials agreed.");
    }

    @Test
    void doesNotSplitBeforeLowerCase() {
        assertThat(split("\"Why now?\" he asked. The answer came later."))
                .containsExactly("\"Why now?\" he asked.", "The answer came later.");
    }

    @Test
    void blankLinesAlwaysEndASentence() {
        assertThat(split("Photo: Reuters\n\nThe talks stalled\n \nOfficials met\nagain. They agreed."))
                .containsExactly("Photo: Reuters", "The talks stalled", "Officials met\nagain.", "They agreed.");
    }

    @Test
    void datelineStaysInFirstSentence() {
        assertThat(split("WASHINGTON (AP) — The Senate passed the bill on Tuesday. It now goes to the House."))
                .containsExactly("WASHINGTON (AP) — The Senate passed the bill on Tuesday.",
                        "It now goes to the House.");
        assertThat(split("NEW YORK, Oct. 5 (Reuters) - Stocks fell. Bonds rose."))
                .containsExactly("NEW YORK, Oct. 5 (Reuters) - Stocks fell.", "Bonds rose.");
        assertThat(split("ST. LOUIS (AP) — A storm hit the city."))
                .containsExactly("ST. LOUIS (AP) — A storm hit the city.");
    }

    @Test
    void abbreviationsCanStillEndSentences() {
        assertThat(split("He works for Acme Inc. The firm denied it. He lives on Main St. It is quiet."))
                .containsExactly("He works for Acme Inc.", "The firm denied it.", "He lives on Main St.",
                        "It is quiet.");
        assertThat(split("The meeting ended at 5 p.m. Tuesday. It resumes at 9 a.m. The chair will attend."))
                .containsExactly("The meeting ended at 5 p.m. Tuesday.", "It resumes at 9 a.m.",
                        "The chair will attend.");
    }

    @Test
    void spansAreExactSubstringsWithoutSurroundingWhitespace() {
        String text = "  First one.   Second one?\n\n  Third \"one.\"  ";
        List<Span> spans = splitter.split(text);
        assertThat(spans).extracting(s -> s.of(text))
                .containsExactly("First one.", "Second one?", "Third \"one.\"");
        for (Span s : spans) {
            assertThat(s.of(text)).isEqualTo(s.of(text).strip());
        }
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoSentences() {
        assertThat(split("")).isEmpty();
        assertThat(split("   \n\n ***  ")).isEmpty();
        assertThat(split("No terminal punctuation")).containsExactly("No terminal punctuation");
    }
}
