package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.SourceRef;

/**
 * Checks that a brief invents nothing: each fact is an exact substring of the text of its first
 * source article, and each narrative is a substring of its source article's text once runs of
 * whitespace are collapsed to one space on both sides (a narrative may join sentences across a
 * paragraph break). Each credit's supporting sentence, when it has one, is an exact substring of the
 * text of the credited article.
 */
public final class Provenance {

    private Provenance() {
    }

    /** Whether {@code excerpt} is a non-blank exact substring of {@code source}. */
    public static boolean isExactSubstring(String excerpt, String source) {
        return excerpt != null && source != null && !excerpt.isBlank() && source.contains(excerpt);
    }

    /** Whether {@code excerpt} is a non-blank substring of {@code source} up to whitespace. */
    public static boolean isTraceable(String excerpt, String source) {
        return excerpt != null && source != null && !excerpt.isBlank()
                && collapseWhitespace(source).contains(collapseWhitespace(excerpt).strip());
    }

    /** Whether a fact's text is an exact substring of its first source article's text. */
    public static boolean isCopied(Fact fact, Map<Long, String> articleTexts) {
        return isExactSubstring(fact.text(), articleTexts.get(fact.sources().getFirst().articleId()));
    }

    /**
     * What of a brief cannot be traced to its sources, as readable messages; empty when all of it
     * can.
     *
     * @param articleTexts article text by article id, for every article the brief cites
     */
    public static List<String> untraceable(Brief brief, Map<Long, String> articleTexts) {
        List<String> problems = new ArrayList<>();
        for (Fact fact : brief.facts()) {
            if (!isCopied(fact, articleTexts)) {
                problems.add("fact not in article " + fact.sources().getFirst().articleId() + ": " + fact.text());
            }
            for (SourceRef credit : fact.sources()) {
                if (credit.sentence() != null && !isExactSubstring(credit.sentence(), articleTexts.get(credit.articleId()))) {
                    problems.add("supporting sentence not in article " + credit.articleId() + ": " + credit.sentence());
                }
            }
        }
        for (Narrative narrative : brief.narratives()) {
            if (!isTraceable(narrative.text(), articleTexts.get(narrative.source().articleId()))) {
                problems.add("narrative not in article " + narrative.source().articleId() + ": " + narrative.text());
            }
        }
        return problems;
    }

    /** Replaces every run of whitespace by one space. */
    public static String collapseWhitespace(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
