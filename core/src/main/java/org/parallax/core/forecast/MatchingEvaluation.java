package org.parallax.core.forecast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.metrics.BinaryScores;

/**
 * Precision and recall of story-to-question matching on a {@link MatchingSample}, on the text
 * evidence alone (entities and similarity; the time tests are not part of the sample). Two views:
 * each labelled pair on its own, and each story against every question of the sample, as the
 * matcher works in production (a story gets at most one question; any question not labelled a
 * match for it counts as wrong). Unlabelled distractor questions (a real question bank) may be
 * added to the index: they weigh on IDF as in production, and any of them chosen for a story is
 * wrong.
 */
public final class MatchingEvaluation {

    /** Counts over labelled pairs. */
    public record PairScores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }
    }

    /**
     * Counts over stories, each matched against the whole sample.
     *
     * @param correct   a question labelled a match was chosen
     * @param wrong     another question was chosen
     * @param missed    nothing was chosen though a match exists
     * @param abstained nothing was chosen and no match exists
     */
    public record StoryScores(int correct, int wrong, int missed, int abstained) {
        public double precision() {
            return ratio(correct, correct + wrong);
        }

        public double recall() {
            return ratio(correct, correct + wrong + missed);
        }
    }

    private final MatchingSample sample;
    private final MatchSettings settings;
    private final Map<String, List<Candidate>> candidatesByStory = new HashMap<>();

    /** Sample questions get ids no real provider uses, so distractors cannot collide with them. */
    private static final String SAMPLE_ID = "sample:";

    public MatchingEvaluation(MatchingSample sample, Entities entities, SimilarityModel model, MatchSettings settings) {
        this(sample, List.of(), entities, model, settings);
    }

    public MatchingEvaluation(MatchingSample sample, List<MarketQuestion> distractors, Entities entities,
                              SimilarityModel model, MatchSettings settings) {
        this.sample = sample;
        this.settings = settings;
        List<MarketQuestion> questions = new ArrayList<>();
        sample.questions().values().stream()
                .map(q -> new MarketQuestion(MarketSource.METACULUS, SAMPLE_ID + q.id(), q.question(), q.background(),
                        "https://example.invalid/questions/" + q.id(), 0.5, Instant.EPOCH, null, null, false, null,
                        false))
                .forEach(questions::add);
        questions.addAll(distractors);
        QuestionIndex index = QuestionIndex.build(questions, entities, model, settings);
        for (MatchingSample.Story story : sample.stories().values()) {
            candidatesByStory.put(story.id(), index.candidates(story.title(), story.lead(), null));
        }
    }

    public PairScores pairs(double threshold) {
        MatchSettings at = settings.withMinSimilarity(threshold);
        BinaryScores counts = new BinaryScores();
        for (MatchingSample.Pair pair : sample.pairs()) {
            counts.add(pair.match(),
                    candidate(pair.storyId(), pair.questionId()).filter(c -> c.passes(at)).isPresent());
        }
        return new PairScores(counts.truePositives(), counts.falsePositives(), counts.falseNegatives(),
                counts.trueNegatives());
    }

    public StoryScores stories(double threshold) {
        MatchSettings at = settings.withMinSimilarity(threshold);
        Map<String, Set<String>> matches = new HashMap<>();
        for (MatchingSample.Pair pair : sample.pairs()) {
            if (pair.match()) {
                matches.computeIfAbsent(pair.storyId(), s -> new HashSet<>()).add(pair.questionId());
            }
        }
        int correct = 0;
        int wrong = 0;
        int missed = 0;
        int abstained = 0;
        for (String story : sample.stories().keySet()) {
            Set<String> right = matches.getOrDefault(story, Set.of());
            // By similarity alone: the sample has no probabilities, so the production tie-break between
            // equally relevant questions (the least settled wins) would favour it over distractors.
            Optional<Candidate> chosen = candidatesByStory.get(story).stream().filter(c -> c.passes(at)).findFirst();
            if (chosen.isPresent()) {
                String id = sampleId(chosen.get().question());
                if (id != null && right.contains(id)) {
                    correct++;
                } else {
                    wrong++;
                }
            } else if (right.isEmpty()) {
                abstained++;
            } else {
                missed++;
            }
        }
        return new StoryScores(correct, wrong, missed, abstained);
    }

    /** One line per threshold, then the line for the configured threshold. */
    public List<String> report(List<Double> thresholds) {
        List<String> lines = new ArrayList<>();
        for (double t : thresholds) {
            lines.add(line("threshold=" + format(t), t));
        }
        lines.add(line("forecast-matching: threshold=" + format(settings.minSimilarity()), settings.minSimilarity()));
        return lines;
    }

    private String line(String head, double threshold) {
        PairScores p = pairs(threshold);
        StoryScores s = stories(threshold);
        return head + String.format(Locale.ROOT,
                " pair_precision=%.3f pair_recall=%.3f (tp=%d fp=%d fn=%d tn=%d) story_precision=%.3f story_recall=%.3f"
                        + " (correct=%d wrong=%d missed=%d abstained=%d)",
                p.precision(), p.recall(), p.truePositives(), p.falsePositives(), p.falseNegatives(), p.trueNegatives(),
                s.precision(), s.recall(), s.correct(), s.wrong(), s.missed(), s.abstained());
    }

    private Optional<Candidate> candidate(String storyId, String questionId) {
        return candidatesByStory.get(storyId).stream()
                .filter(c -> questionId.equals(sampleId(c.question())))
                .findFirst();
    }

    /** The sample's id of a question, or null for a distractor. */
    private static String sampleId(MarketQuestion question) {
        String id = question.externalId();
        return question.source() == MarketSource.METACULUS && id.startsWith(SAMPLE_ID) ? id.substring(SAMPLE_ID.length()) : null;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }
}
