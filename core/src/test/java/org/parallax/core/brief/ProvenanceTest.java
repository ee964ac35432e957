package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;

class ProvenanceTest {

    private static final String TEXT = "The bridge fell on Tuesday.\n\nSix workers are missing.";

    @Test
    void exactSubstring() {
        assertThat(Provenance.isExactSubstring("Six workers are missing.", TEXT)).isTrue();
        assertThat(Provenance.isExactSubstring("Six workers were missing.", TEXT)).isFalse();
        assertThat(Provenance.isExactSubstring(" ", TEXT)).isFalse();
    }

    @Test
    void traceableUpToWhitespace() {
        assertThat(Provenance.isTraceable("Tuesday. Six workers", TEXT)).isTrue();
        assertThat(Provenance.isExactSubstring("Tuesday. Six workers", TEXT)).isFalse();
    }

    @Test
    void reportsWhatCannotBeTraced() {
        SourceRef ref = new SourceRef(1, 2, "Center Wire", "https://centerwire.example/a/1");
        Brief brief = new Brief(1, "Bridge falls", Topic.GENERAL,
                List.of(new Fact("The bridge fell on Tuesday.", List.of(ref)), new Fact("The bridge was old.", List.of(ref))),
                List.of(Narrative.of(NarrativeSide.LEFT, ArticleKind.OPINION, "Tuesday. Six workers", ref)), null, null,
                new Coverage(List.of()), Instant.EPOCH);
        assertThat(Provenance.untraceable(brief, Map.of(1L, TEXT)))
                .singleElement().asString().contains("The bridge was old.");
    }
}
