package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Side;
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
 * Picks the facts of a brief: sentences of the story's reporting that other outlets corroborate.
 *
 * <ol>
 * <li>Candidates are the first {@code candidateSentences} sentences of each reporting article
 * that pass the {@link FactFilter} (possibly trimmed of a dateline, attribution or connective).</li>
 * <li>A candidate is supported by another outlet when some sentence or headline of that outlet's
 * articles says the same thing: an IDF-weighted content-word cosine of at least
 * {@code supportThreshold} (IDF over all sentences of the story, so the story's ubiquitous words
 * count little), or, with a sentence embedder, a cosine of the sentence vectors of at least
 * {@code semanticSupportThreshold} between a candidate and a headline or one of the leading
 * {@code candidateSentences} sentences, which catches the same fact in other words. Either way,
 * two sentences that both state numbers but share none never support each other ("rose to 4.2%"
 * does not corroborate "fell to 3.9%").</li>
 * <li>Rank: distinct supporting outlets first; then a score of position (leads carry the core
 * event: {@code 1 / (1 + index / 4)}), minus 0.15 per loaded word ({@link LoadedWords}), minus
 * the fact-or-opinion classifier's probability of opinion beyond its threshold, minus 0.15
 * for opening on a pronoun that points back ("He", "This"), plus 0.25 when the outlet is
 * CENTER-rated, plus half the mean closeness of its best match at each supporting outlet (among
 * restatements of one fact, the phrasing nearest to how the others put it).</li>
 * <li>Select greedily up to {@code maxFacts}, skipping a candidate whose cosine with a selected
 * fact reaches {@code duplicateThreshold} (or, with an embedder, whose sentence vector is as close
 * to a selected fact's as a restatement) or that is itself one of a selected fact's supporting
 * sentences. Uncorroborated candidates are taken only from leads (first three sentences) or while
 * fewer than {@code minFacts} are selected, and never when they open on a pronoun that points back
 * (alone, "They will also ..." says nothing), use a loaded word or read as opinion.</li>
 * <li>Order: corroborated facts first, then by relative position in their article.</li>
 * </ol>
 * A fact's text is the candidate's span of its article's text (an exact substring); its sources
 * are that article, then the best-matching article of each supporting outlet, best match first.
 */
public final class FactSelector {

    private static final int LEAD_SENTENCES = 3;

    private final BriefSettings settings;
    private final SentenceSplitter splitter;
    private final FactFilter filter;
    private final Optional<SentenceEmbedder> embedder;
    private final SentenceSubjectivity subjectivity;

    /**
     * @param embedder     sentence vectors for corroboration in other words; empty for word overlap only
     * @param subjectivity tells opinion from reporting among the candidates
     */
    public FactSelector(BriefSettings settings, SentenceSplitter splitter, Optional<SentenceEmbedder> embedder,
                        SentenceSubjectivity subjectivity) {
        this.settings = settings;
        this.splitter = splitter;
        this.filter = new FactFilter(settings.minFactWords(), settings.maxFactChars());
        this.embedder = embedder;
        this.subjectivity = subjectivity;
    }

    public FactSelector() {
        this(BriefSettings.defaults(), new SentenceSplitter(), Optional.empty(), new CueSubjectivity());
    }

    /** A sentence (or, with a null span, the headline) of one article, with its content words. */
    private record Unit(SourcedArticle source, int index, int count, Span span, List<String> terms) {
    }

    private record Match(Unit unit, double score) {
    }

    private static final class Candidate {
        final Unit unit;
        final Span span;
        final TermVector vector;
        float[] meaning;
        /** How far the classifier's probability of opinion exceeds its threshold; zero when it reads as reporting. */
        double opinion;
        final Map<Long, Match> support = new HashMap<>();
        final List<Unit> matches = new ArrayList<>();
        double score;

        Candidate(Unit unit, Span span, TermVector vector) {
            this.unit = unit;
            this.span = span;
            this.vector = vector;
        }

        String text() {
            return span.of(unit.source().article().text());
        }
    }

    public List<Fact> select(List<SourcedArticle> articles) {
        List<SourcedArticle> pool = ArticlePool.reporting(articles, settings.maxArticles());
        List<Unit> units = new ArrayList<>();
        for (SourcedArticle a : pool) {
            String text = a.article().text();
            List<Span> spans = splitter.split(text);
            units.add(new Unit(a, -1, spans.size(), null, Tokenizer.contentWords(a.article().title())));
            for (int i = 0; i < spans.size(); i++) {
                units.add(new Unit(a, i, spans.size(), spans.get(i), Tokenizer.contentWords(spans.get(i).of(text))));
            }
        }
        InverseDocumentFrequency idf = new InverseDocumentFrequency(units.stream().map(Unit::terms).toList());
        Map<Unit, TermVector> vectors = new IdentityHashMap<>();
        units.forEach(u -> vectors.put(u, idf.vector(u.terms())));

        List<Candidate> candidates = new ArrayList<>();
        for (Unit u : units) {
            if (u.span() == null || u.index() >= settings.candidateSentences()) {
                continue;
            }
            String text = u.source().article().text();
            Optional<Span> span = filter.candidate(text, u.span(), u.source().outlet().name());
            if (span.isPresent()) {
                TermVector v = span.get().equals(u.span())
                        ? vectors.get(u)
                        : idf.vector(Tokenizer.contentWords(span.get().of(text)));
                if (!v.isEmpty()) {
                    candidates.add(new Candidate(u, span.get(), v));
                }
            }
        }
        Map<Unit, float[]> meanings = embed(units, candidates);
        List<Double> opinion = subjectivity.subjectivities(candidates.stream().map(Candidate::text).toList());
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).opinion = Math.max(0, opinion.get(i) - subjectivity.threshold());
        }
        for (Candidate c : candidates) {
            findSupport(c, units, vectors, meanings);
            c.score = secondaryScore(c);
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.support.size())
                .thenComparingDouble(c -> -c.score)
                .thenComparingLong(c -> c.unit.source().article().id())
                .thenComparingInt(c -> c.unit.index()));
        List<Candidate> chosen = choose(candidates);
        chosen.sort(Comparator.comparing((Candidate c) -> c.support.isEmpty())
                .thenComparingDouble(c -> (double) c.unit.index() / Math.max(1, c.unit.count()))
                .thenComparingInt(candidates::indexOf));
        return chosen.stream().map(FactSelector::toFact).toList();
    }

    /**
     * Sentence vectors of the headlines and leading sentences (the units that can be candidates or
     * most likely restate one), and of each candidate's trimmed text; empty without an embedder.
     */
    private Map<Unit, float[]> embed(List<Unit> units, List<Candidate> candidates) {
        Map<Unit, float[]> meanings = new IdentityHashMap<>();
        if (embedder.isEmpty()) {
            return meanings;
        }
        List<Unit> embedded = units.stream().filter(u -> u.index() < settings.candidateSentences()).toList();
        List<String> texts = new ArrayList<>();
        embedded.forEach(u -> texts.add(unitText(u)));
        candidates.forEach(c -> texts.add(c.text()));
        List<float[]> vectors = embedder.get().embedAll(texts);
        for (int i = 0; i < embedded.size(); i++) {
            meanings.put(embedded.get(i), vectors.get(i));
        }
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).meaning = vectors.get(embedded.size() + i);
        }
        return meanings;
    }

    private void findSupport(Candidate c, List<Unit> units, Map<Unit, TermVector> vectors, Map<Unit, float[]> meanings) {
        long ownOutlet = c.unit.source().outlet().id();
        String text = c.text();
        for (Unit u : units) {
            long outlet = u.source().outlet().id();
            if (outlet == ownOutlet) {
                continue;
            }
            double words = c.vector.cosine(vectors.get(u));
            float[] meaning = meanings.get(u);
            double closeness = meaning == null ? 0 : Vectors.dot(c.meaning, meaning);
            boolean restated = words >= settings.supportThreshold() || closeness >= settings.semanticSupportThreshold();
            if (restated && Numbers.compatible(text, unitText(u))) {
                double score = Math.max(words, closeness);
                c.matches.add(u);
                Match best = c.support.get(outlet);
                if (best == null || score > best.score()) {
                    c.support.put(outlet, new Match(u, score));
                }
            }
        }
    }

    private static String unitText(Unit u) {
        return u.span() == null ? u.source().article().title() : u.span().of(u.source().article().text());
    }

    private static double secondaryScore(Candidate c) {
        String text = c.text();
        double position = 1.0 / (1.0 + c.unit.index() / 4.0);
        double score = position - 0.15 * LoadedWords.count(text) - c.opinion;
        if (FactFilter.startsWithBackReference(text)) {
            score -= 0.15;
        }
        if (c.unit.source().outlet().side() == Side.CENTER) {
            score += 0.25;
        }
        // Among restatements of one fact, the phrasing closest to how the other outlets put it:
        // the wording they share, not one outlet's colour.
        score += 0.5 * c.support.values().stream().mapToDouble(Match::score).average().orElse(0);
        return score;
    }

    private List<Candidate> choose(List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        Set<Unit> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : ranked) {
            if (chosen.size() >= settings.maxFacts()) {
                break;
            }
            if (covered.contains(c.unit)) {
                continue;
            }
            if (c.support.isEmpty() && (FactFilter.startsWithBackReference(c.text()) || LoadedWords.count(c.text()) > 0
                    || c.opinion > 0
                    || (c.unit.index() >= LEAD_SENTENCES && chosen.size() >= settings.minFacts()))) {
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
            covered.add(c.unit);
            covered.addAll(c.matches);
        }
        return chosen;
    }

    private static Fact toFact(Candidate c) {
        List<SourceRef> sources = new ArrayList<>();
        sources.add(c.unit.source().ref());
        c.support.values().stream()
                .sorted(Comparator.comparingDouble((Match m) -> -m.score()).thenComparingLong(m -> m.unit().source().outlet().id()))
                .forEach(m -> sources.add(m.unit().source().ref()));
        return new Fact(c.text(), sources);
    }
}
