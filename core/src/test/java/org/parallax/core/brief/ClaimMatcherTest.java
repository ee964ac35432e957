package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.parallax.core.brief.ClaimMatcher.Claim;
import org.parallax.core.brief.ClaimMatcher.Verdict;
import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.Tokenizer;

/** The claim matcher on pairs written for the project: agreeing, differing in one detail, paraphrased. */
class ClaimMatcherTest {

    private static final String FACT = "The Harbor City council voted 7-2 on Tuesday to close the Elm Street bridge for repairs.";

    private final ClaimMatcher matcher = new ClaimMatcher();

    private static InverseDocumentFrequency idf(String... sentences) {
        return new InverseDocumentFrequency(List.of(sentences).stream().map(Tokenizer::contentWords).toList());
    }

    private Verdict judge(String fact, String other, double cosine) {
        return matcher.judge(Claim.of(fact), Claim.of(other), idf(fact, other, "Traffic was heavy downtown."),
                OptionalDouble.of(cosine));
    }

    @Test
    void aSentenceStatingTheSameClaimIsCredited() {
        Verdict v = judge(FACT, "On Tuesday the Harbor City council voted 7-2 to close the Elm Street bridge for repairs.", 0.93);
        assertThat(v.credited()).isTrue();
        assertThat(v.veto()).isNull();
        assertThat(v.coverage()).isGreaterThan(0.9);
    }

    @Test
    void aSentenceDifferingOnlyInAFigureIsNotCredited() {
        Verdict v = judge(FACT, "The Harbor City council voted 6-3 on Tuesday to close the Elm Street bridge for repairs.", 0.97);
        assertThat(v.credited()).isFalse();
        assertThat(v.veto()).isEqualTo("figure");
    }

    @Test
    void aSentenceLeavingTheFigureOutDoesNotStateTheClaim() {
        Verdict v = judge(FACT, "The Harbor City council voted on Tuesday to close the Elm Street bridge.", 0.9);
        assertThat(v.credited()).isFalse();
        assertThat(v.veto()).isEqualTo("figure");
    }

    @Test
    void figuresInWordsAgreeWithDigits() {
        Verdict v = judge("Police arrested three men near the Elm Street bridge on Tuesday.",
                "Police said 3 men were arrested near the Elm Street bridge on Tuesday.", 0.9);
        assertThat(v.credited()).isTrue();
    }

    @Test
    void aSentenceAboutAnotherPersonIsNotCredited() {
        Verdict v = judge("Senator Maria Lopez introduced the bridge repair bill on Monday.",
                "Senator John Park introduced the bridge repair bill on Monday.", 0.88);
        assertThat(v.credited()).isFalse();
        assertThat(v.missingNames()).isEqualTo(1.0);
    }

    @Test
    void anotherWeekdayIsAnotherClaim() {
        Verdict v = judge("The Harbor City council closed the Elm Street bridge on Tuesday.",
                "The Harbor City council closed the Elm Street bridge on Friday.", 0.95);
        assertThat(v.credited()).isFalse();
        assertThat(v.veto()).isEqualTo("date");
    }

    @Test
    void aSentenceThatLeavesTheDateOutStatesAVaguerClaim() {
        Verdict weekday = judge("The Harbor City council closed the Elm Street bridge on Tuesday.",
                "The Harbor City council closed the Elm Street bridge.", 0.95);
        Verdict relative = judge("The Harbor City council will close the Elm Street bridge next month.",
                "The Harbor City council will close the Elm Street bridge.", 0.95);
        Verdict kept = judge("The Harbor City council will close the Elm Street bridge next month.",
                "Next month the Harbor City council will close the Elm Street bridge.", 0.95);

        assertThat(weekday.veto()).isEqualTo("date");
        assertThat(relative.veto()).isEqualTo("date");
        assertThat(kept.credited()).isTrue();
    }

    @Test
    void aCloseParaphraseSharingTheKeyWordsIsCredited() {
        Verdict v = judge("The Harbor City council voted to close the Elm Street bridge for repairs.",
                "Harbor City's council has decided the Elm Street bridge will close so that repairs can be made.", 0.82);
        assertThat(v.credited()).isTrue();
    }

    @Test
    void aSentenceOnTheSameSubjectThatSaysSomethingElseIsNotCredited() {
        Verdict v = judge("The Harbor City council voted to close the Elm Street bridge for repairs.",
                "Residents of Harbor City have complained about the Elm Street bridge for years.", 0.66);
        assertThat(v.credited()).isFalse();
    }

    @Test
    void withoutSentenceVectorsWordCoverageDecides() {
        Claim fact = Claim.of(FACT);
        InverseDocumentFrequency idf = idf(FACT, "Traffic was heavy downtown.");
        assertThat(matcher.judge(fact, Claim.of(FACT), idf, OptionalDouble.empty()).credited()).isTrue();
        assertThat(matcher.judge(fact, Claim.of("Traffic was heavy downtown on Tuesday."), idf, OptionalDouble.empty())
                .credited()).isFalse();
    }

    @Test
    void theCheapTestLetsThroughOnlyPairsWorthEmbedding() {
        InverseDocumentFrequency idf = idf(FACT, "Traffic was heavy downtown.");
        assertThat(matcher.worthComparing(Claim.of(FACT), Claim.of("The council voted 7-2 on Tuesday to close the bridge."), idf)).isTrue();
        assertThat(matcher.worthComparing(Claim.of(FACT), Claim.of("Traffic was heavy downtown."), idf)).isFalse();
    }

    @Test
    void monthAbbreviationsAreMonthsNotNames() {
        Verdict v = judge("The Harbor City council will reopen the Elm Street bridge on Nov. 8, its spokesman said.",
                "The Elm Street bridge reopens November 8, a spokesman for the Harbor City council said.", 0.9);
        assertThat(v.veto()).isNull();
        assertThat(v.missingNames()).isZero();
        assertThat(v.credited()).isTrue();
        assertThat(judge("The Harbor City council will reopen the Elm Street bridge on Nov. 8.",
                "The Harbor City council will reopen the Elm Street bridge on Oct. 8.", 0.95).veto()).isEqualTo("date");
    }

    @Test
    void aFigureOrDateInTheNextSentenceCountsForThePassageNotTheSentenceAlone() {
        String fact = "The Harbor City council voted on Tuesday to close the Elm Street bridge for repairs.";
        String claim = "The Harbor City council voted to close the Elm Street bridge for repairs.";
        Claim passage = Claim.of(claim + " The vote was held on Tuesday evening.");
        Claim otherDay = Claim.of(claim + " The vote was held on Friday evening.");
        InverseDocumentFrequency idf = idf(fact, claim, "Traffic was heavy downtown.");

        assertThat(matcher.judge(Claim.of(fact), Claim.of(claim), idf, OptionalDouble.of(0.9)).veto()).isEqualTo("date");
        Verdict withPassage = matcher.judge(Claim.of(fact), Claim.of(claim), passage, idf, OptionalDouble.of(0.9));
        assertThat(withPassage.veto()).isNull();
        assertThat(withPassage.credited()).isTrue();
        assertThat(matcher.judge(Claim.of(fact), Claim.of(claim), otherDay, idf, OptionalDouble.of(0.9)).veto())
                .isEqualTo("date");
        assertThat(ClaimMatcher.selfContained(Claim.of(fact), Claim.of(claim))).isFalse();
    }

    @Test
    void aSynonymOfTheFactsWordCountsForItInTheCoverage() {
        String fact = "The Harbor City council voted to outlaw fireworks near the Elm Street bridge.";
        String other = "Harbor City councillors decided to ban fireworks near the Elm Street bridge.";
        InverseDocumentFrequency idf = idf(fact, other, "Traffic was heavy downtown.");
        ClaimMatcher.WordSimilarity synonyms = (a, b) -> (a.equals("outlaw") && b.equals("ban"))
                || (a.equals("voted") && b.equals("decided")) ? 0.5 : 0.1;

        Verdict words = matcher.judge(Claim.of(fact), Claim.of(other), null, idf, OptionalDouble.of(0.85));
        Verdict meanings = matcher.judge(Claim.of(fact), Claim.of(other), null, idf, OptionalDouble.of(0.85), synonyms);

        assertThat(meanings.coverage()).isGreaterThan(words.coverage());
        assertThat(meanings.credited()).isTrue();
        Verdict unrelated = matcher.judge(Claim.of(fact), Claim.of(other), null, idf, OptionalDouble.of(0.85),
                (a, b) -> 0.3);
        assertThat(unrelated.coverage()).isEqualTo(words.coverage());
    }
}
