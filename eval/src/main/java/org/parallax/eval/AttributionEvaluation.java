package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.brief.AttributionSettings;
import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.ClaimMatcher;
import org.parallax.core.brief.FactFilter;
import org.parallax.core.brief.StoryAttribution;
import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Sha256;
import org.parallax.core.text.Span;
import org.parallax.ingest.imports.ImportItem;
import org.parallax.ingest.imports.ImportSource;
import org.parallax.ingest.imports.ImportSources;

/**
 * Credit precision and recall on a judged sample of (fact, outlet of the story) pairs: the brief
 * composer's attribution ({@link StoryAttribution}) is run again over the stories of an import file, and
 * each sampled pair is credited or not, as composition would.
 *
 * <p>A story is one roundup line of the file (its {@code articles}); a pair's fact is found in its source
 * article by the SHA-256 of its text among the article's sentences and the fact candidates made of them
 * ({@link FactFilter#candidate}); the pair is credited when some sentence of an article of that outlet in
 * the same story states the fact's claim.
 */
public final class AttributionEvaluation {

    /** One pair as found and judged by the matcher. */
    public record Outcome(AttributionSample.Pair pair, boolean found, boolean credited, double bestScore,
                          ClaimMatcher.Verdict best) {
    }

    /** Precision and recall over some outcomes. */
    public record Scores(int pairs, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public String line(String name) {
            return String.format(Locale.ROOT, "%s: precision=%.3f recall=%.3f pairs=%d", name, precision(), recall(), pairs);
        }

        public static Scores of(List<Outcome> outcomes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int n = 0;
            for (Outcome o : outcomes) {
                if (!o.found()) {
                    continue;
                }
                n++;
                boolean yes = o.pair().supported();
                tp += o.credited() && yes ? 1 : 0;
                fp += o.credited() && !yes ? 1 : 0;
                fn += !o.credited() && yes ? 1 : 0;
            }
            return new Scores(n, tp, fp, fn);
        }
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FactFilter filter = new FactFilter(BriefSettings.defaults().minFactWords(),
            BriefSettings.defaults().maxFactChars());
    private final ClaimMatcher matcher;
    private final Optional<SentenceEmbedder> embedder;

    public AttributionEvaluation(AttributionSettings settings, Optional<SentenceEmbedder> embedder) {
        this.matcher = new ClaimMatcher(settings);
        this.embedder = embedder;
    }

    /** The stories of an import file: one per roundup line, each article with its outlet. */
    public static List<List<SourcedArticle>> stories(Path file) throws IOException {
        Map<String, List<SourcedArticle>> byLine = new LinkedHashMap<>();
        Map<String, Outlet> outlets = new HashMap<>();
        long id = 0;
        try (ImportSource source = ImportSources.open(file)) {
            Optional<ImportItem> item;
            while ((item = source.next()).isPresent()) {
                if (!(item.get() instanceof ImportItem.Parsed parsed)) {
                    continue;
                }
                String location = parsed.location();
                int article = location.lastIndexOf(" article ");
                String story = article < 0 ? location : location.substring(0, article);
                ArticleDraft d = parsed.draft();
                Outlet outlet = outlets.computeIfAbsent(d.outlet().name(),
                        name -> new Outlet(outlets.size() + 1, name, d.outlet().domain(), null, null, null, List.of()));
                Instant when = d.published() == null ? Instant.EPOCH : d.published();
                id++;
                Article a = new Article(id, outlet.id(), d.url(), d.canonicalUrl(), d.title(), d.byline(), d.published(),
                        when, d.text(), d.kind(), d.language(), null);
                byLine.computeIfAbsent(story, k -> new ArrayList<>()).add(new SourcedArticle(a, outlet));
            }
        }
        return List.copyOf(byLine.values());
    }

    public List<Outcome> evaluate(List<List<SourcedArticle>> stories, List<AttributionSample.Pair> pairs) {
        Map<String, List<SourcedArticle>> storyOf = new HashMap<>();
        Map<String, SourcedArticle> articleOf = new HashMap<>();
        for (List<SourcedArticle> story : stories) {
            for (SourcedArticle a : story) {
                storyOf.putIfAbsent(a.article().url(), story);
                articleOf.putIfAbsent(a.article().url(), a);
            }
        }
        Map<List<SourcedArticle>, StoryAttribution> attributions = new java.util.IdentityHashMap<>();
        List<Outcome> out = new ArrayList<>();
        for (AttributionSample.Pair pair : pairs) {
            SourcedArticle source = articleOf.get(pair.articleUrl());
            Optional<String> fact = source == null ? Optional.empty() : factText(source, pair.factSha256());
            if (fact.isEmpty()) {
                out.add(new Outcome(pair, false, false, Double.NaN, null));
                continue;
            }
            List<SourcedArticle> story = storyOf.get(pair.articleUrl());
            StoryAttribution attribution = attributions.computeIfAbsent(story,
                    s -> new StoryAttribution(s, splitter, matcher, embedder));
            List<StoryAttribution.Support> supports = attribution.judge(
                    List.of(new StoryAttribution.Claimed(fact.get(), source.outlet().id())), null).getFirst();
            ClaimMatcher.Verdict best = null;
            boolean credited = false;
            for (StoryAttribution.Support s : supports) {
                if (!s.sentence().source().outlet().name().equals(pair.outlet())) {
                    continue;
                }
                credited |= s.verdict().credited();
                if (best == null || s.verdict().score() > best.score()) {
                    best = s.verdict();
                }
            }
            out.add(new Outcome(pair, true, credited, best == null ? Double.NaN : best.score(), best));
        }
        return out;
    }

    /** The fact of this hash among the article's sentences and the fact candidates trimmed from them. */
    private Optional<String> factText(SourcedArticle article, String sha256) {
        String text = article.article().text();
        for (Span span : splitter.split(text)) {
            String sentence = span.of(text);
            if (Sha256.hex(sentence).equals(sha256)) {
                return Optional.of(sentence);
            }
            Optional<Span> candidate = filter.candidate(text, span, article.outlet().name());
            if (candidate.isPresent() && Sha256.hex(candidate.get().of(text)).equals(sha256)) {
                return Optional.of(candidate.get().of(text));
            }
        }
        return Optional.empty();
    }
}
