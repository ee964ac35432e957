package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;
import org.parallax.core.text.Tokenizer;

/**
 * Which sentences of a story's articles state the claim of a fact, by the {@link ClaimMatcher}: the one
 * way Parallax decides a credit, used by brief composition and by its evaluation alike. Only sentences
 * of the story are compared, word agreement first; only the sentences that pass it are embedded, in one
 * batch.
 */
public final class StoryAttribution {

    /** One sentence of one article of the story, verbatim. */
    public record Sentence(SourcedArticle source, Span span, ClaimMatcher.Claim claim) {
        public String text() {
            return claim.text();
        }
    }

    /** What the matcher made of one sentence of another outlet against a fact. */
    public record Support(Sentence sentence, ClaimMatcher.Verdict verdict) {
    }

    /** A fact to attribute: its text and the outlet it is taken from, whose sentences are not compared. */
    public record Claimed(String text, long outletId) {
    }

    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<Sentence, Sentence> next = new IdentityHashMap<>();
    private final Map<Sentence, Sentence> previous = new IdentityHashMap<>();
    private final Map<Sentence, List<Sentence>> passages = new IdentityHashMap<>();
    private final InverseDocumentFrequency idf;
    private final ClaimMatcher matcher;
    private final Optional<SentenceEmbedder> embedder;

    /**
     * @param articles the story's articles whose sentences may support a fact
     * @param embedder sentence vectors; empty to decide on words alone
     */
    public StoryAttribution(List<SourcedArticle> articles, SentenceSplitter splitter, ClaimMatcher matcher,
                            Optional<SentenceEmbedder> embedder) {
        this.matcher = matcher;
        this.embedder = embedder;
        List<List<String>> documents = new ArrayList<>();
        for (SourcedArticle a : articles) {
            String text = a.article().text();
            documents.add(Tokenizer.contentWords(a.article().title()));
            Sentence previous = null;
            for (Span span : splitter.split(text)) {
                String sentence = span.of(text);
                documents.add(Tokenizer.contentWords(sentence));
                Sentence current = new Sentence(a, span, ClaimMatcher.Claim.of(sentence));
                sentences.add(current);
                if (previous != null) {
                    next.put(previous, current);
                    this.previous.put(current, previous);
                }
                previous = current;
            }
        }
        this.idf = new InverseDocumentFrequency(documents);
    }

    /** Inverse document frequencies over the story's headlines and sentences. */
    public InverseDocumentFrequency idf() {
        return idf;
    }

    public ClaimMatcher matcher() {
        return matcher;
    }

    /**
     * For each fact, in order, the verdict on every sentence of another outlet that agrees with it in
     * figures and dates and carries enough of its words; sentences that do not are left out (none of them
     * could be a credit).
     *
     * @param meanings the facts' sentence vectors when the caller has them (same order), else null
     */
    public List<List<Support>> judge(List<Claimed> facts, List<float[]> meanings) {
        List<ClaimMatcher.Claim> claims = facts.stream().map(f -> ClaimMatcher.Claim.of(f.text())).toList();
        List<List<Sentence>> shortlists = new ArrayList<>();
        Set<Sentence> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Sentence> toEmbed = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            List<Sentence> shortlist = new ArrayList<>();
            for (Sentence s : sentences) {
                if (s.source().outlet().id() != facts.get(i).outletId() && worthComparing(claims.get(i), s)) {
                    shortlist.add(s);
                    if (wanted.add(s)) {
                        toEmbed.add(s);
                    }
                }
            }
            shortlists.add(shortlist);
        }
        Map<Sentence, float[]> vectors = new IdentityHashMap<>();
        List<float[]> factVectors = meanings;
        if (embedder.isPresent() && !toEmbed.isEmpty()) {
            List<String> texts = new ArrayList<>(toEmbed.stream().map(Sentence::text).toList());
            if (factVectors == null) {
                facts.forEach(f -> texts.add(f.text()));
            }
            List<float[]> embedded = embedder.get().embedAll(texts);
            for (int i = 0; i < toEmbed.size(); i++) {
                vectors.put(toEmbed.get(i), embedded.get(i));
            }
            if (factVectors == null) {
                factVectors = embedded.subList(toEmbed.size(), embedded.size());
            }
        }
        ClaimMatcher.WordSimilarity synonyms = synonyms(claims, shortlists);
        List<List<Support>> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            List<Support> supports = new ArrayList<>();
            float[] fact = factVectors == null ? null : factVectors.get(i);
            for (Sentence s : shortlists.get(i)) {
                float[] meaning = vectors.get(s);
                OptionalDouble cosine = fact == null || meaning == null
                        ? OptionalDouble.empty() : OptionalDouble.of(Vectors.dot(fact, meaning));
                supports.add(support(claims.get(i), s, cosine, synonyms));
            }
            out.add(supports);
        }
        return out;
    }

    /**
     * Word vectors for the facts' words and those of the sentences they are compared with, in one batch;
     * without a sentence model, or when the matcher counts only identical words, none.
     */
    private ClaimMatcher.WordSimilarity synonyms(List<ClaimMatcher.Claim> facts, List<List<Sentence>> shortlists) {
        if (embedder.isEmpty() || matcher.settings().minSynonym() >= 1) {
            return ClaimMatcher.WordSimilarity.NONE;
        }
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!shortlists.get(i).isEmpty()) {
                words.addAll(facts.get(i).terms());
                shortlists.get(i).forEach(s -> words.addAll(s.claim().terms()));
            }
        }
        if (words.isEmpty()) {
            return ClaimMatcher.WordSimilarity.NONE;
        }
        List<String> list = List.copyOf(words);
        List<float[]> embedded = embedder.get().embedAll(list);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            vectors.put(list.get(i), embedded.get(i));
        }
        return (a, b) -> {
            float[] x = vectors.get(a);
            float[] y = vectors.get(b);
            return x == null || y == null ? 0 : Vectors.dot(x, y);
        };
    }

    private boolean worthComparing(ClaimMatcher.Claim fact, Sentence s) {
        if (matcher.worthComparing(fact, s.claim(), idf)) {
            return true;
        }
        for (Sentence passage : passages(s)) {
            if (matcher.worthComparing(fact, s.claim(), passage.claim(), idf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict on one sentence; when the sentence states the claim but leaves a figure or date of it to
     * the sentence before or after, the credit is the two sentences together (both verbatim).
     */
    private Support support(ClaimMatcher.Claim fact, Sentence s, OptionalDouble cosine,
                            ClaimMatcher.WordSimilarity synonyms) {
        ClaimMatcher.Verdict alone = matcher.judge(fact, s.claim(), null, idf, cosine, synonyms);
        if (alone.veto() == null || alone.veto().equals("names")) {
            return new Support(s, alone);
        }
        for (Sentence passage : passages(s)) {
            ClaimMatcher.Verdict v = matcher.judge(fact, s.claim(), passage.claim(), idf, cosine, synonyms);
            if (v.veto() == null || v.veto().equals("names")) {
                return new Support(passage, v);
            }
        }
        return new Support(s, alone);
    }

    /** The sentence joined with the next one, then with the previous one, each as one verbatim span. */
    private List<Sentence> passages(Sentence s) {
        return passages.computeIfAbsent(s, k -> {
            List<Sentence> out = new ArrayList<>(2);
            Sentence after = next.get(k);
            Sentence before = previous.get(k);
            if (after != null) {
                out.add(joined(k, after));
            }
            if (before != null) {
                out.add(joined(before, k));
            }
            return out;
        });
    }

    private static Sentence joined(Sentence first, Sentence second) {
        String text = first.source().article().text();
        Span span = new Span(first.span().start(), second.span().end());
        return new Sentence(first.source(), span, ClaimMatcher.Claim.of(span.of(text)));
    }
}
