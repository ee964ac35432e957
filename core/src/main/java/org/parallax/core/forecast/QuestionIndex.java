package org.parallax.core.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Market questions ready to be matched to stories, in memory. A story is compared only with the
 * questions that share one of its entities (an inverted index), that were open at the story's time
 * and whose probability was read close to it; the best of those by similarity wins, if it passes
 * the thresholds. Immutable: a refreshed question bank is a new index.
 */
public final class QuestionIndex {

    private final List<MarketQuestion> questions;
    private final List<Set<String>> questionEntities;
    private final Map<String, List<Integer>> byEntity = new HashMap<>();
    private final Set<String> common = new HashSet<>();
    private final SimilarityModel.Prepared similarity;
    private final Entities entities;
    private final MatchSettings settings;

    private QuestionIndex(List<MarketQuestion> questions, Entities entities, SimilarityModel model,
                          MatchSettings settings) {
        this.questions = List.copyOf(questions);
        this.entities = entities;
        this.settings = settings;
        this.questionEntities = new ArrayList<>(questions.size());
        List<SimilarityModel.QuestionText> texts = new ArrayList<>(questions.size());
        for (int i = 0; i < this.questions.size(); i++) {
            MarketQuestion q = this.questions.get(i);
            Set<String> subject = entities.ofHeadline(q.question(), q.background());
            questionEntities.add(subject);
            for (String entity : subject) {
                byEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(i);
            }
            texts.add(new SimilarityModel.QuestionText(q.question(), q.background()));
        }
        this.similarity = model.prepare(texts);
        if (this.questions.size() >= MIN_QUESTIONS_FOR_COMMON) {
            byEntity.forEach((entity, list) -> {
                if (list.size() > COMMON_SHARE * this.questions.size()) {
                    common.add(entity);
                }
            });
        }
    }

    /**
     * An entity named by more than this share of the questions ("US" in a bank of mostly American
     * markets) says little about which question a story is about: a story sharing only such entities
     * with a question needs twice the similarity.
     */
    static final double COMMON_SHARE = 0.1;
    /** Below this many questions, shares say nothing and no entity is common. */
    static final int MIN_QUESTIONS_FOR_COMMON = 100;

    public static QuestionIndex build(List<MarketQuestion> questions, Entities entities, SimilarityModel model,
                                      MatchSettings settings) {
        return new QuestionIndex(questions, entities, model, settings);
    }

    public static QuestionIndex build(List<MarketQuestion> questions) {
        return build(questions, Entities.standard(), TfIdfSimilarity.defaults(), MatchSettings.defaults());
    }

    public int size() {
        return questions.size();
    }

    public MatchSettings settings() {
        return settings;
    }

    /**
     * The question that belongs to the story, if one passes every test. Among passing questions about
     * as similar as the best ({@link #EQUALLY_RELEVANT}), the least settled one wins: markets often ask
     * a ladder of questions about one event ("Will 2 / 3 / ... / 9 rate cuts happen?") and the one near
     * 1% says least.
     */
    public Optional<Candidate> match(String title, String lead, Instant storyTime) {
        return choose(candidates(title, lead, storyTime), settings);
    }

    /** The choice {@link #match} makes among scored candidates, best first. */
    static Optional<Candidate> choose(List<Candidate> candidates, MatchSettings settings) {
        List<Candidate> passing = candidates.stream().filter(c -> c.passes(settings)).toList();
        if (passing.isEmpty()) {
            return Optional.empty();
        }
        double best = passing.getFirst().similarity();
        return passing.stream()
                .filter(c -> c.similarity() >= best - EQUALLY_RELEVANT)
                .max(Comparator.comparingDouble((Candidate c) -> uncertainty(c.question().probability()))
                        .thenComparingDouble(Candidate::similarity)
                        .thenComparing(c -> c.question().probabilityAt()));
    }

    /** Similarity within which two passing questions count as equally relevant to a story. */
    static final double EQUALLY_RELEVANT = 0.1;

    /** 1 at 50%, 0 at certainty either way. */
    private static double uncertainty(double probability) {
        return 1 - Math.abs(2 * probability - 1);
    }

    /**
     * Every question sharing an entity with the story that was open at {@code storyTime} with a fresh
     * probability, scored, whether or not it passes the thresholds; all of them when {@code storyTime}
     * is null (for evaluations of the text evidence alone).
     */
    public List<Candidate> candidates(String title, String lead, Instant storyTime) {
        Set<String> story = storyEntities(title, lead);
        Set<Integer> seen = new HashSet<>();
        for (String entity : story) {
            seen.addAll(byEntity.getOrDefault(entity, List.of()));
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        IntToDoubleFunction scores = similarity.story(title, lead);
        List<Candidate> out = new ArrayList<>();
        for (int index : seen) {
            MarketQuestion q = questions.get(index);
            if (storyTime != null && !(q.openAt(storyTime) && fresh(q, storyTime))) {
                continue;
            }
            Set<String> subject = questionEntities.get(index);
            Set<String> shared = new HashSet<>(subject);
            shared.retainAll(story);
            out.add(new Candidate(q, scores.applyAsDouble(index), shared, (double) shared.size() / subject.size(),
                    common.containsAll(shared)));
        }
        out.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        return out;
    }

    /** The entities of a story's title (confirmed by its lead) and lead. */
    public Set<String> storyEntities(String title, String lead) {
        Set<String> story = new HashSet<>(entities.ofHeadline(title, lead));
        story.addAll(entities.of(lead == null ? "" : lead));
        return story;
    }

    private boolean fresh(MarketQuestion q, Instant storyTime) {
        return Duration.between(q.probabilityAt(), storyTime).abs().compareTo(settings.freshness()) <= 0;
    }
}
