package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;

/** The editor's audit on briefs written for the project. */
class BriefAuditTest {

    private static final String LEDGER = "The Riverton council approved a $2.4 billion transit plan on Tuesday. "
            + "Council members voted 7-2 in favour of the measure.";
    private static final String WIRE = "Riverton's council on Tuesday approved the $2.4 billion transit plan. "
            + "The vote followed a nine-hour session.";
    private static final String HERALD = "Critics say the rail scheme will raise taxes for decades.";

    private final BriefAudit audit = new BriefAudit(AttributionSettings.defaults());
    private final double threshold = AttributionSettings.defaults().minScore();

    private static SourceRef credit(long article, String outlet, String sentence, Double score) {
        return new SourceRef(article, article * 10, outlet, "https://" + article + ".example/a", sentence, score, null, List.of());
    }

    private static Brief brief(List<Fact> facts) {
        return new Brief(1, "Council approves transit plan", Topic.POLITICS, facts, List.of(), null, null,
                new Coverage(List.of()), Instant.EPOCH);
    }

    @Test
    void flagsDoubtfulCreditsAndCreditsThatFailTheReadersCheck() {
        Fact fact = new Fact("The Riverton council approved a $2.4 billion transit plan on Tuesday.", List.of(
                credit(1, "Left Ledger", "The Riverton council approved a $2.4 billion transit plan on Tuesday.", null),
                credit(2, "Center Wire", "Riverton's council on Tuesday approved the $2.4 billion transit plan.", threshold + 0.01),
                credit(3, "Right Herald", "Critics say the rail scheme will raise taxes for decades.", threshold + 0.3)));
        BriefAudit.Report report = audit.audit(brief(List.of(fact)), Map.of(1L, LEDGER, 2L, WIRE, 3L, HERALD), 3);

        assertThat(report.doubts()).extracting(d -> d.credit().outletName()).containsExactly("Center Wire");
        assertThat(report.credits()).isEqualTo(3);
        assertThat(report.holding()).isEqualTo(2);
        assertThat(report.failing()).singleElement().asString().startsWith("Right Herald");
        assertThat(report.multiCredited()).isEqualTo(1);
        assertThat(report.thin()).containsExactly("1 fact");
    }

    @Test
    void namesDefectiveFactsAndThinStories() {
        SourceRef ledger = credit(1, "Left Ledger", null, null);
        List<Fact> facts = List.of(
                new Fact("Why it matters: the plan doubles bus service on the east side.", List.of(ledger)),
                new Fact("and three light-rail lines open by 2030 under the approved budget.", List.of(ledger)),
                new Fact("Will sales taxes rise for every Riverton household next year?", List.of(ledger)),
                new Fact("This comes after years of delays and lawsuits from neighbours.", List.of(ledger)),
                new Fact("The Riverton council approved a $2.4 billion transit plan on Tuesday.", List.of(ledger)),
                new Fact("The Riverton council approved a $2.4 billion transit plan on Tuesday night.", List.of(ledger)));
        BriefAudit.Report report = audit.audit(brief(facts), Map.of(1L, LEDGER), 1);

        assertThat(report.defects()).extracting(BriefAudit.Defect::reason).containsExactly(
                "opens on a section label", "a fragment", "a question or exclamation",
                "opens on a word that points back to something missing", "near-duplicate of an earlier fact");
        assertThat(report.thin()).containsExactly("1 outlet");
        assertThat(BriefAudit.defect("The Riverton council approved a $2.4 billion transit plan on Tuesday.")).isEmpty();
    }

    @Test
    void theLenientCheckLetsAParaphraseWithTheFiguresThrough() {
        assertThat(audit.holds("The council approved the $2.4 billion plan on Tuesday.",
                "On Tuesday the council gave its approval. The plan costs $2.4 billion.")).isTrue();
        assertThat(audit.holds("The council approved the $2.4 billion plan on Tuesday.",
                "The council approved the $2.5 billion plan on Tuesday.")).isFalse();
    }
}
