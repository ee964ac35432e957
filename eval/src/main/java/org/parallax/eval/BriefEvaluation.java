package org.parallax.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.parallax.core.brief.BriefComposer;
import org.parallax.core.model.Article;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.metrics.ArousalLexicon;
import org.parallax.core.metrics.Rouge;

/**
 * Composes a brief for each gold story from its articles with the server's composer and scores
 * title plus facts against the reference title plus summary.
 */
public final class BriefEvaluation {
    private static final Instant WHEN = Instant.parse("2020-01-01T00:00:00Z");

    private final BriefComposer composer;
    private final ArousalLexicon lexicon;

    /** @param lexicon null to skip the arousal score */
    public BriefEvaluation(BriefComposer composer, ArousalLexicon lexicon) {
        this.composer = composer;
        this.lexicon = lexicon;
    }

    /**
     * Mean scores over the stories that have a reference; ROUGE as F1 x 100; {@code multiCreditFacts} the
     * share of all facts credited to two or more independent sources.
     */
    public record Result(double rouge1, double rouge2, double rougeL, OptionalDouble arousal,
                         OptionalDouble referenceArousal, double multiCreditFacts, int stories) {
        public String line() {
            String line = String.format(java.util.Locale.ROOT, "brief: rouge1=%.2f rouge2=%.2f rougeL=%.2f",
                    rouge1, rouge2, rougeL);
            if (arousal.isPresent() && referenceArousal.isPresent()) {
                line += String.format(java.util.Locale.ROOT, " arousal=%.4f reference_arousal=%.4f",
                        arousal.getAsDouble(), referenceArousal.getAsDouble());
            }
            return line + String.format(java.util.Locale.ROOT, " multi_credit_facts=%.3f", multiCreditFacts)
                    + " stories=" + stories;
        }
    }

    /** One scored story, for inspection ({@code --dump}). */
    public record Scored(GoldStory story, Brief brief, String summary, String reference, Rouge.Scores scores) {
    }

    public Result evaluate(List<GoldStory> stories) {
        return evaluate(stories, scored -> { });
    }

    /** As {@link #evaluate(List)}, handing each scored story to {@code each} as it is scored. */
    public Result evaluate(List<GoldStory> stories, java.util.function.Consumer<Scored> each) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        List<Double> arousal = new ArrayList<>();
        List<Double> referenceArousal = new ArrayList<>();
        int scored = 0;
        int facts = 0;
        int multiCredit = 0;
        long storyId = 0;
        for (GoldStory story : stories) {
            storyId++;
            if (story.reference() == null || story.articles().isEmpty()) {
                continue;
            }
            Brief brief = composer.compose(storyId, articles(storyId, story));
            String summary = summary(brief);
            String reference = reference(story);
            Rouge.Scores scores = Rouge.score(summary, reference);
            each.accept(new Scored(story, brief, summary, reference, scores));
            r1 += scores.rouge1();
            r2 += scores.rouge2();
            rl += scores.rougeL();
            scored++;
            facts += brief.facts().size();
            multiCredit += (int) brief.facts().stream().filter(f -> f.sources().size() >= 2).count();
            if (lexicon != null) {
                lexicon.meanArousal(facts(brief)).ifPresent(arousal::add);
                lexicon.meanArousal(story.reference()).ifPresent(referenceArousal::add);
            }
        }
        int n = Math.max(1, scored);
        return new Result(100 * r1 / n, 100 * r2 / n, 100 * rl / n, mean(arousal), mean(referenceArousal),
                facts == 0 ? 0 : (double) multiCredit / facts, scored);
    }

    /** The reference a brief is scored against: the reference title, then the summary. */
    public static String reference(GoldStory story) {
        return (story.referenceTitle() == null ? "" : story.referenceTitle() + "\n") + story.reference();
    }

    /** The text scored of a brief: title, then facts. */
    public static String summary(Brief brief) {
        return brief.title() + "\n" + facts(brief);
    }

    private static String facts(Brief brief) {
        return brief.facts().stream().map(Fact::text).collect(Collectors.joining(" "));
    }

    /** Each gold article as an article of its kind from its own outlet (the file does not say the outlets' sides). */
    public static List<SourcedArticle> articles(long storyId, GoldStory story) {
        List<SourcedArticle> out = new ArrayList<>();
        for (int i = 0; i < story.articles().size(); i++) {
            GoldStory.GoldArticle gold = story.articles().get(i);
            long id = storyId * 100 + i;
            String outletName = gold.outlet() != null ? gold.outlet() : "Source " + (i + 1);
            Outlet outlet = new Outlet(id, outletName, null, null, null, null, List.of());
            Article article = new Article(id, id, "https://eval.invalid/" + story.id() + "/" + i,
                    "https://eval.invalid/" + story.id() + "/" + i, gold.title(), null, WHEN, WHEN, gold.text(),
                    gold.kind(), "en", storyId);
            out.add(new SourcedArticle(article, outlet));
        }
        return out;
    }

    private static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
