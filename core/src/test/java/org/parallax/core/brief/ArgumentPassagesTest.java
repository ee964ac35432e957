package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.core.text.SentenceSplitter;

/** Whatever the text, a passage is a stretch of it (up to whitespace) within the limits. */
class ArgumentPassagesTest {

    private static final String[] SENTENCES = {
        "The council voted 5-4 on Monday to sell the water utility.",
        "Residents should be allowed to vote on the sale before it closes.",
        "This reckless deal is a disaster for every family in Marrow Bay.",
        "\"It is a shameful betrayal,\" said resident Ann Coyle.",
        "And the state board must still approve the sale in the autumn.",
        "Critics called the plan \"a radical giveaway\" on Tuesday.",
        "Why would anyone trust Clearflow with the town's water?",
        "By Jane Roe",
        "Clearflow said it would invest $20 million in new pipes over five years, a figure that would cover about a "
                + "third of the repairs engineers say the network needs before 2030, according to the town's own study.",
        "The sale is simply the wrong answer, and the council knows it.",
        "Officials said the decision was expected...",
        "We cannot afford to lose control of something this essential.",
        "Water rates rose 4% last year.",
    };
    private static final String[] GAPS = {" ", "  ", "\n", "\n\n", " \n\n  ", "\t"};

    private final NarrativeSettings settings = NarrativeSettings.defaults();
    private final ArgumentPassages passages =
            new ArgumentPassages(settings, new SentenceSplitter(), ArgumentScorer.cues());

    @Test
    void everyPassageOfRandomTextsIsTraceableAndWithinTheLimits() {
        Random random = new Random(20250602);
        int found = 0;
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            String article = text.toString();
            for (Optional<ArgumentPassages.Passage> passage : List.of(passages.opening(article), passages.inReport(article))) {
                if (passage.isEmpty()) {
                    continue;
                }
                found++;
                String p = passage.get().text();
                assertThat(Provenance.isTraceable(p, article)).as("%s%nin%n%s", p, article).isTrue();
                assertThat(p).isEqualTo(Provenance.collapseWhitespace(p).strip());
                assertThat(FactFilter.isTruncated(p)).isFalse();
                assertThat(sentencesOf(p)).isBetween(1, settings.maxSentences());
                if (sentencesOf(p) > 1) {
                    assertThat(p.length()).isLessThanOrEqualTo(settings.maxChars());
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void aReportWithoutFramingInItsOwnVoiceHasNoPassage() {
        String report = """
                The council voted 5-4 on Monday to sell the water utility.

                Critics called the plan "a radical giveaway" on Tuesday. "It is a shameful betrayal," said resident Ann Coyle.

                Water rates rose 4% last year.""";
        assertThat(passages.inReport(report)).isEmpty();
    }

    @Test
    void aReportsPassageNeverStartsInsideAQuotation() {
        String report = """
                "The deal is done. This reckless sale is a disaster for every family," said Ann Coyle.""";
        assertThat(passages.inReport(report)).isEmpty();
    }

    /** At most as many as the passage had in its article: collapsing whitespace only removes paragraph breaks. */
    private static int sentencesOf(String passage) {
        return new SentenceSplitter().split(passage).size();
    }
}
