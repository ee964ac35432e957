package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
            for (Span span : splitter.split(text)) {
                String sentence = span.of(text);
                documents.add(Tokenizer.contentWords(sentence));
                sentences.add(new Sentence(a, span, ClaimMatcher.Claim.of(sentence)));
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
                if (s.source().outlet().id() != facts.get(i).outletId() && matcher.worthComparing(claims.get(i), s.claim(), idf)) {
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
        List<List<Support>> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            List<Support> supports = new ArrayList<>();
            float[] fact = factVectors == null ? null : factVectors.get(i);
            for (Sentence s : shortlists.get(i)) {
                float[] meaning = vectors.get(s);
                OptionalDouble cosine = fact == null || meaning == null
                        ? OptionalDouble.empty() : OptionalDouble.of(Vectors.dot(fact, meaning));
                supports.add(new Support(s, matcher.judge(claims.get(i), s.claim(), idf, cosine)));
            }
            out.add(supports);
        }
        return out;
    }
}
