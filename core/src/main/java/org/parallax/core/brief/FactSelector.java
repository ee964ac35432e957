package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.Carrier;
import org.parallax.core.model.Fact;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.subjectivity.CueSubjectivity;
import org.parallax.core.subjectivity.SentenceSubjectivity;
import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;

/**
 * Picks the facts of a brief, and credits each to the outlets whose own articles state it.
 *
 * <ol>
 * <li>Candidates are the first {@code candidateSentences} sentences of each reporting article
 * that pass the {@link FactFilter} (possibly trimmed of a dateline, attribution or connective).
 * A fact is one such sentence, verbatim, credited first to its own article's outlet.</li>
 * <li>Another outlet is credited only when one sentence of its own article (any article of the story,
 * reporting or argument) states the same claim, as the {@link ClaimMatcher} decides pair by pair:
 * figures, dates and names must agree, the sentence must carry enough of the fact's content words
 * (IDF over all sentences of the story) to be compared by meaning at all, and then sentence-vector
 * cosine and word coverage together must reach the credit threshold. Only sentences of the same story
 * are compared, and only the ones that pass the cheap word test are embedded. Being in the story is
 * never a credit. Each credit carries its supporting sentence, verbatim, and its article's address.</li>
 * <li>Wire copy run by several outlets is one independent source ({@link IndependentSources}): its
 * credit names the agency and the outlets that carried it.</li>
 * <li>Describe each candidate ({@link FactFeatures}): position, strict corroboration (the credits above),
 * loose corroboration (how many other outlets carry a sentence with similar words: a ranking signal only,
 * never a credit), centrality, the fact-or-opinion classifier's probability, loaded words, length.</li>
 * <li>Rank by the learned {@link FactScorer} (trained on public multi-outlet stories against their
 * neutral reference summaries, {@code parallax train fact-selection}), plus its bonus per independent
 * source that states the fact: facts more outlets state come first.</li>
 * <li>Select greedily up to {@code maxFacts}, skipping a candidate whose cosine with a selected
 * fact reaches {@code duplicateThreshold} (or, with an embedder, whose sentence vector is as close
 * to a selected fact's as a restatement) or that is itself one of a selected fact's supporting
 * sentences. Past {@code minFacts}, a candidate is taken only when the scorer's probability reaches its
 * threshold, and an uncorroborated one only when the scorer's rule allows it. Uncorroborated candidates
 * are never taken when they open on a pronoun that points back (alone, "They will also ..." says
 * nothing), use a loaded word or read as opinion.</li>
 * <li>Order: facts confirmed by more independent sources first, then by relative position in their
 * article.</li>
 * </ol>
 */
public final class FactSelector {

    private final BriefSettings settings;
    private final SentenceSplitter splitter;
    private final FactFilter filter;
    private final Optional<SentenceEmbedder> embedder;
    private final SentenceSubjectivity subjectivity;
    private final ClaimMatcher matcher;
    private final FactScorer scorer;

    /**
     * @param embedder     sentence vectors for corroboration in other words; empty for word overlap only
     * @param subjectivity tells opinion from reporting among the candidates
     * @param attribution  when another outlet's sentence states a fact's claim
     * @param scorer       ranks the candidates and says how many to take
     */
    public FactSelector(BriefSettings settings, SentenceSplitter splitter, Optional<SentenceEmbedder> embedder,
                        SentenceSubjectivity subjectivity, AttributionSettings attribution, FactScorer scorer) {
        this.settings = settings;
        this.splitter = splitter;
        this.filter = new FactFilter(settings.minFactWords(), settings.maxFactChars());
        this.embedder = embedder;
        this.subjectivity = subjectivity;
        this.matcher = new ClaimMatcher(attribution);
        this.scorer = scorer;
    }

    public FactSelector(BriefSettings settings, SentenceSplitter splitter, Optional<SentenceEmbedder> embedder,
                        SentenceSubjectivity subjectivity, AttributionSettings attribution) {
        this(settings, splitter, embedder, subjectivity, attribution, FactScorer.shipped());
    }

    public FactSelector(BriefSettings settings, SentenceSplitter splitter, Optional<SentenceEmbedder> embedder,
                        SentenceSubjectivity subjectivity) {
        this(settings, splitter, embedder, subjectivity, AttributionSettings.defaults());
    }

    public FactSelector() {
        this(BriefSettings.defaults(), new SentenceSplitter(), Optional.empty(), new CueSubjectivity());
    }

    /** A leading sentence of one reporting article. */
    private record Unit(SourcedArticle source, int index, int count, Span span) {
    }

    private record Match(StoryAttribution.Sentence sentence, double score) {
        SourcedArticle source() {
            return sentence.source();
        }
    }

    private static final class Candidate {
        final Unit unit;
        final Span span;
        final TermVector vector;
        float[] meaning;
        /** How far the classifier's probability of opinion exceeds its threshold; zero when it reads as reporting. */
        double opinion;
        /** The best credited sentence of each other outlet, by outlet id. */
        final Map<Long, Match> support = new HashMap<>();
        /** Every credited sentence, as "article id:start": none of them is chosen as a fact of its own. */
        final Set<String> matches = new HashSet<>();
        /** Independent sources (wire copy counted once) other than the fact's own that state it. */
        int independent;
        /** What the {@link FactScorer} reads, in the order of {@link FactFeatures#NAMES}. */
        double[] features;

        Candidate(Unit unit, Span span, TermVector vector) {
            this.unit = unit;
            this.span = span;
            this.vector = vector;
        }

        String text() {
            return span.of(unit.source().article().text());
        }
    }

    /**
     * The candidate facts of one story, attributed and described, before any is chosen: what
     * {@link #choose(Pool, FactScorer)} picks from, and what {@code parallax train fact-selection} learns on.
     */
    public static final class Pool {
        private final List<Candidate> candidates;
        private final IndependentSources sources;

        private Pool(List<Candidate> candidates, IndependentSources sources) {
            this.candidates = candidates;
            this.sources = sources;
        }

        public int size() {
            return candidates.size();
        }

        /** The candidate's sentence, verbatim (possibly trimmed of a dateline, label or attribution). */
        public String text(int i) {
            return candidates.get(i).text();
        }

        /** Its features, in the order of {@link FactFeatures#NAMES}. */
        public double[] features(int i) {
            return candidates.get(i).features.clone();
        }

        /** Independent sources other than its own that state it. */
        public int independent(int i) {
            return candidates.get(i).independent;
        }
    }

    public List<Fact> select(List<SourcedArticle> articles) {
        return choose(pool(articles), scorer);
    }

    /** The story's candidate facts, each credited to the outlets whose own articles state it, and described. */
    public Pool pool(List<SourcedArticle> articles) {
        List<SourcedArticle> pool = ArticlePool.reporting(articles, settings.maxArticles());
        // Every article of the story may confirm a fact, argument pieces included; only reporting states one.
        Set<SourcedArticle> readers = Collections.newSetFromMap(new IdentityHashMap<>());
        readers.addAll(pool);
        readers.addAll(ArticlePool.roundRobin(articles, settings.maxArticles()));
        List<SourcedArticle> read = readers.stream().sorted(ArticlePool.BY_TIME).toList();
        StoryAttribution attribution = new StoryAttribution(read, splitter, matcher, embedder);
        InverseDocumentFrequency idf = attribution.idf();
        List<Candidate> candidates = new ArrayList<>();
        for (SourcedArticle a : pool) {
            String text = a.article().text();
            List<Span> spans = splitter.split(text);
            for (int i = 0; i < Math.min(spans.size(), settings.candidateSentences()); i++) {
                Unit u = new Unit(a, i, spans.size(), spans.get(i));
                Optional<Span> span = filter.candidate(text, u.span(), a.outlet().name());
                if (span.isPresent()) {
                    TermVector v = idf.vector(Tokenizer.contentWords(span.get().of(text)));
                    if (!v.isEmpty()) {
                        candidates.add(new Candidate(u, span.get(), v));
                    }
                }
            }
        }
        if (embedder.isPresent() && !candidates.isEmpty()) {
            List<float[]> vectors = embedder.get().embedAll(candidates.stream().map(Candidate::text).toList());
            for (int i = 0; i < candidates.size(); i++) {
                candidates.get(i).meaning = vectors.get(i);
            }
        }
        List<Double> opinion = subjectivity.subjectivities(candidates.stream().map(Candidate::text).toList());
        List<List<StoryAttribution.Support>> supports = attribution.judge(
                candidates.stream().map(c -> new StoryAttribution.Claimed(c.text(), c.unit.source().outlet().id())).toList(),
                embedder.isPresent() ? candidates.stream().map(c -> c.meaning).toList() : null);
        IndependentSources sources = new IndependentSources(read, splitter);
        Centrality centrality = new Centrality(read, splitter);
        Map<Long, List<TermVector>> sentencesByOutlet = sentenceVectors(read, idf);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            c.opinion = Math.max(0, opinion.get(i) - subjectivity.threshold());
            for (StoryAttribution.Support support : supports.get(i)) {
                if (support.verdict().credited()) {
                    StoryAttribution.Sentence sentence = support.sentence();
                    c.matches.add(key(sentence.source(), sentence.span()));
                    c.support.merge(sentence.source().outlet().id(), new Match(sentence, support.verdict().score()),
                            (x, y) -> y.score() > x.score() ? y : x);
                }
            }
            String own = sources.sourceOf(c.unit.source());
            c.independent = (int) c.support.values().stream()
                    .map(m -> sources.sourceOf(m.source()))
                    .filter(s -> !s.equals(own))
                    .distinct()
                    .count();
            SourcedArticle origin = c.unit.source();
            List<Double> closest = new ArrayList<>();
            sentencesByOutlet.forEach((outlet, vectors) -> {
                if (outlet != origin.outlet().id()) {
                    closest.add(vectors.stream().mapToDouble(v -> v.cosine(c.vector)).max().orElse(0));
                }
            });
            String text = c.text();
            c.features = FactFeatures.of(text, c.unit.index(), c.unit.count(), c.independent, c.support.size(),
                    c.support.values().stream().mapToDouble(Match::score).average().orElse(0), closest,
                    centrality.similarityToOthers(text, origin),
                    c.vector.cosine(idf.vector(Tokenizer.contentWords(origin.article().title()))),
                    centrality.of(origin), opinion.get(i));
        }
        return new Pool(candidates, sources);
    }

    /** Each outlet's sentences (of every article read) as IDF-weighted word vectors, by outlet id, in a fixed order. */
    private Map<Long, List<TermVector>> sentenceVectors(List<SourcedArticle> read, InverseDocumentFrequency idf) {
        Map<Long, List<TermVector>> out = new TreeMap<>();
        for (SourcedArticle a : read) {
            String text = a.article().text();
            List<TermVector> vectors = out.computeIfAbsent(a.outlet().id(), k -> new ArrayList<>());
            for (Span span : splitter.split(text)) {
                vectors.add(idf.vector(Tokenizer.contentWords(span.of(text))));
            }
        }
        return out;
    }

    /**
     * The facts {@code scorer} picks from {@code pool}: ranked by {@link FactScorer#rank}, taken greedily
     * without restatements, and ordered for reading (more independent sources first).
     */
    public List<Fact> choose(Pool pool, FactScorer scorer) {
        List<Candidate> candidates = pool.candidates;
        Map<Candidate, Double> rank = new IdentityHashMap<>();
        Map<Candidate, Double> probability = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            rank.put(c, scorer.rank(c.features, c.independent));
            probability.put(c, scorer.probability(c.features));
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -rank.get(c))
                .thenComparingLong(c -> c.unit.source().article().id())
                .thenComparingInt(c -> c.unit.index()));
        List<Candidate> chosen = take(ranked, probability, scorer);
        chosen.sort(Comparator.comparingInt((Candidate c) -> -c.independent)
                .thenComparing((Candidate c) -> c.support.isEmpty())
                .thenComparingDouble(c -> (double) c.unit.index() / Math.max(1, c.unit.count()))
                .thenComparingInt(ranked::indexOf));
        return chosen.stream().map(c -> toFact(c, pool.sources)).toList();
    }

    private static String key(SourcedArticle a, Span span) {
        return a.article().id() + ":" + span.start();
    }

    private List<Candidate> take(List<Candidate> ranked, Map<Candidate, Double> probability, FactScorer scorer) {
        List<Candidate> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= settings.maxFacts()) {
                break;
            }
            if (covered.contains(key(c.unit.source(), c.unit.span()))) {
                continue;
            }
            boolean hasMinimum = chosen.size() >= settings.minFacts();
            if (hasMinimum && probability.get(c) < scorer.threshold()) {
                continue;
            }
            if (c.support.isEmpty() && (FactFilter.startsWithBackReference(c.text()) || LoadedWords.count(c.text()) > 0
                    || c.opinion > 0 || (hasMinimum && !scorer.uncorroboratedBeyondMinimum()))) {
                continue;
            }
            boolean duplicate = chosen.stream()
                    .anyMatch(d -> d.vector.cosine(c.vector) >= settings.duplicateThreshold()
                            || d.text().equals(c.text())
                            || (d.meaning != null && Vectors.dot(d.meaning, c.meaning) >= settings.semanticSupportThreshold()));
            if (duplicate) {
                continue;
            }
            chosen.add(c);
            covered.add(key(c.unit.source(), c.unit.span()));
            covered.addAll(c.matches);
        }
        return chosen;
    }

    /**
     * The fact with its credits: its own article first (with the carriers of the same copy), then one
     * credit per other independent source, best supported first, each naming the outlets of that source
     * that state it too.
     */
    private static Fact toFact(Candidate c, IndependentSources sources) {
        Map<String, List<Match>> bySource = new LinkedHashMap<>();
        String own = sources.sourceOf(c.unit.source());
        bySource.put(own, new ArrayList<>());
        c.support.values().stream()
                .sorted(Comparator.comparingDouble((Match m) -> -m.score()).thenComparingLong(m -> m.source().outlet().id()))
                .forEach(m -> bySource.computeIfAbsent(sources.sourceOf(m.source()), k -> new ArrayList<>()).add(m));
        List<SourceRef> credits = new ArrayList<>();
        SourcedArticle origin = c.unit.source();
        credits.add(credit(origin, c.text(), null, sources.wireOf(origin), bySource.get(own)));
        bySource.forEach((source, matches) -> {
            if (!source.equals(own)) {
                Match best = matches.getFirst();
                SourcedArticle a = best.source();
                credits.add(credit(a, best.sentence().text(), best.score(), sources.wireOf(a), matches.subList(1, matches.size())));
            }
        });
        return new Fact(c.text(), credits);
    }

    private static SourceRef credit(SourcedArticle a, String sentence, Double score, String wire, List<Match> alsoCarrying) {
        List<Carrier> carriers = new ArrayList<>(a.carriers());
        for (Match m : alsoCarrying) {
            SourcedArticle other = m.source();
            carriers.add(new Carrier(other.outlet().id(), other.outlet().name(), other.article().url()));
        }
        return new SourceRef(a.article().id(), a.outlet().id(), a.outlet().name(), a.article().url(), sentence, score,
                wire, carriers);
    }
}
