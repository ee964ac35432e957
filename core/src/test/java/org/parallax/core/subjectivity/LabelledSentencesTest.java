package org.parallax.core.subjectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class LabelledSentencesTest {

    @Test
    void readsTheCheckThatShapeIgnoringFurtherColumns() {
        var sentences = LabelledSentences.read(new StringReader("""
                sentence_id\tsentence\tlabel\tsolved_conflict
                a\tThe council met on Tuesday.\tOBJ\tFalse
                b\tWhat a waste of time.\tSUBJ\tTrue
                """), "test");
        assertThat(sentences).containsExactly(new LabelledSentence("a", "The council met on Tuesday.", false),
                new LabelledSentence("b", "What a waste of time.", true));
    }

    /** The official files do not all put the columns in one order: they are found by their names. */
    @Test
    void readsColumnsByTheirHeaderNamesInAnyOrder() {
        var sentences = LabelledSentences.read(new StringReader("""
                \uFEFFlabel\tsolved_conflict\tsentence\tsentence_id\r
                OBJ\tFalse\tThe council met on Tuesday.\ta\r
                SUBJ\tTrue\tWhat a waste of time.\tb\r
                """), "test");
        assertThat(sentences).containsExactly(new LabelledSentence("a", "The council met on Tuesday.", false),
                new LabelledSentence("b", "What a waste of time.", true));
    }

    @Test
    void refusesAShortLineWithItsNumber() {
        assertThatThrownBy(() -> LabelledSentences.read(new StringReader("sentence\tlabel\tsentence_id\nx\tOBJ\n"),
                "f.tsv")).hasMessageContaining("f.tsv line 2");
    }

    @Test
    void refusesAMissingHeaderAndAnUnknownLabelWithTheLine() {
        assertThatThrownBy(() -> LabelledSentences.read(new StringReader("just a sentence\n"), "f.tsv"))
                .hasMessageContaining("f.tsv").hasMessageContaining("header");
        assertThatThrownBy(() -> LabelledSentences.read(new StringReader("sentence_id\tsentence\tlabel\nx\ty\tMAYBE\n"),
                "f.tsv")).hasMessageContaining("line 2");
    }

    @Test
    void theShippedSentencesAreBalancedEnoughAndUniquelyIdentified() {
        var sentences = LearnedSubjectivity.shippedSentences();
        assertThat(sentences).hasSizeGreaterThan(500);
        long subjective = sentences.stream().filter(LabelledSentence::subjective).count();
        assertThat((double) subjective / sentences.size()).isBetween(0.35, 0.65);
        assertThat(sentences.stream().map(LabelledSentence::id).distinct().count()).isEqualTo(sentences.size());
        assertThat(sentences.stream().map(LabelledSentence::sentence).distinct().count()).isEqualTo(sentences.size());
    }
}
