package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.SourceRef;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;

/**
 * What an editor should look at in a stored brief: the credits the claim matcher doubts (scored less
 * than {@link AttributionSettings#doubtMargin()} above its threshold), the defective facts (a section
 * label, a fragment, a question, an opener that leans on something missing, boilerplate, a near-duplicate
 * of an earlier fact) and whether the story is thin (fewer than two independent outlets or three facts).
 *
 * <p>It also checks every credit the way a reader would, leniently: a passage of the credited article
 * (up to three consecutive sentences) carries all the fact's figures and at least half of its content
 * words. That lets paraphrases through and still catches credits by mere story membership.
 */
public final class BriefAudit {

    /** "Why it matters:", "Driving the news:", "By the numbers:", "Update:", "Photo:" as a fact's opening. */
    private static final int PASSAGE_SENTENCES = 3;
    private static final double DUPLICATE = 0.6;

    public record Doubt(Fact fact, SourceRef credit) {
    }

    public record Defect(Fact fact, String reason) {
    }

    /**
     * @param credits         credits checked (every source of every fact whose article text is known)
     * @param holding         credits that pass the lenient check
     * @param multiCredited   facts with two or more independent credits
     */
    public record Report(long storyId, List<Doubt> doubts, List<Defect> defects, List<String> thin, int facts,
                         int credits, int holding, int multiCredited, List<String> failing) {
        public boolean clean() {
            return doubts.isEmpty() && defects.isEmpty() && thin.isEmpty() && failing.isEmpty();
        }
    }

    private final ClaimMatcher matcher;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public BriefAudit(AttributionSettings settings) {
        this.matcher = new ClaimMatcher(settings);
    }

    /**
     * @param articleTexts the text of each article of the story, by id
     * @param outlets      the number of independent outlets of the story
     */
    public Report audit(Brief brief, Map<Long, String> articleTexts, int outlets) {
        List<Doubt> doubts = new ArrayList<>();
        List<Defect> defects = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<TermVector> earlier = new ArrayList<>();
        int credits = 0;
        int holding = 0;
        int multi = 0;
        for (Fact fact : brief.facts()) {
            defect(fact.text()).ifPresent(reason -> defects.add(new Defect(fact, reason)));
            TermVector words = TermVector.counts(Tokenizer.contentWords(fact.text()));
            if (earlier.stream().anyMatch(e -> e.cosine(words) >= DUPLICATE)) {
                defects.add(new Defect(fact, "near-duplicate of an earlier fact"));
            }
            earlier.add(words);
            Set<Long> outletsCredited = new HashSet<>();
            for (SourceRef credit : fact.sources()) {
                outletsCredited.add(credit.outletId());
                if (credit.score() != null && matcher.doubtful(credit.score())) {
                    doubts.add(new Doubt(fact, credit));
                }
                String text = articleTexts.get(credit.articleId());
                if (text != null) {
                    credits++;
                    if (holds(fact.text(), text)) {
                        holding++;
                    } else {
                        failing.add(credit.outletName() + " (" + credit.url() + ") for: " + fact.text());
                    }
                }
            }
            if (outletsCredited.size() >= 2) {
                multi++;
            }
        }
        List<String> thin = new ArrayList<>();
        if (outlets < 2) {
            thin.add(outlets + (outlets == 1 ? " outlet" : " outlets"));
        }
        if (brief.facts().size() < 3) {
            thin.add(brief.facts().size() + (brief.facts().size() == 1 ? " fact" : " facts"));
        }
        return new Report(brief.storyId(), doubts, defects, thin, brief.facts().size(), credits, holding, multi, failing);
    }

    /** Why a fact is defective, or empty when it is not. */
    public static Optional<String> defect(String fact) {
        String text = fact.strip();
        if (FactFilter.opensOnLabel(text)) {
            return Optional.of("opens on a section label");
        }
        if (FactFilter.isQuestionOrExclamation(text)) {
            return Optional.of("a question or exclamation");
        }
        if (FactFilter.isTruncated(text) || !FactFilter.startsWithCapital(text)) {
            return Optional.of("a fragment");
        }
        if (FactFilter.startsWithBackReference(text)) {
            return Optional.of("opens on a word that points back to something missing");
        }
        if (FactFilter.isBoilerplate(text)) {
            return Optional.of("boilerplate");
        }
        return Optional.empty();
    }

    /**
     * The lenient check: some passage of up to three consecutive sentences of the article carries all
     * the fact's figures and at least half of its distinct content words.
     */
    public boolean holds(String fact, String articleText) {
        ClaimMatcher.Claim claim = ClaimMatcher.Claim.of(fact);
        Set<String> terms = claim.terms();
        List<Span> spans = splitter.split(articleText);
        for (int i = 0; i < spans.size(); i++) {
            int end = Math.min(spans.size(), i + PASSAGE_SENTENCES);
            String passage = articleText.substring(spans.get(i).start(), spans.get(end - 1).end());
            ClaimMatcher.Claim other = ClaimMatcher.Claim.of(passage);
            if (!other.figures().containsAll(claim.figures())) {
                continue;
            }
            long shared = terms.stream().filter(other.terms()::contains).count();
            if (terms.isEmpty() || 2 * shared >= terms.size()) {
                return true;
            }
        }
        return false;
    }
}
