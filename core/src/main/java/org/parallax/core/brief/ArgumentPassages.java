package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.parallax.core.text.Quotes;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;

/**
 * Finds the passage of a piece that can stand for its side as a narrative: 1 to
 * {@code maxSentences} consecutive sentences, at most {@code maxChars} long once runs of
 * whitespace are collapsed to one space (so the text stays a substring of the article up to
 * whitespace), never ending in a truncated sentence.
 *
 * <p>In an opinion or analysis piece it is its opening argument, where such pieces state their
 * case. The passage starts at one of the first {@code openingSentences} usable sentences (long
 * enough, a statement, no byline, dateline or boilerplate, not opening with a quotation; after the
 * text's first sentence, none that opens with a connective or a pronoun pointing back) and runs on
 * while the sentences fit. It starts at a sentence that argues (a positive {@link ArgumentScorer}
 * score), the one whose passage argues most (the sum of its sentences' positive scores; the
 * earliest on ties), which skips an anecdote or a scene-setting opening for the sentences that
 * state the case; when none of them argues, at the first usable sentence.
 *
 * <p>In a news report it is a loaded sentence in the outlet's own voice: of the first
 * {@code reportSentences}, those that use a framing word ({@link FramingWords}: a loaded word
 * outside quotation marks), are mostly outside quotation marks themselves, do not start inside or
 * with a quotation, are no question and do not open with a connective or a pronoun that points
 * back, the one the {@link ArgumentScorer} scores highest, if above {@code reportThreshold};
 * followed by the next sentences while they also speak in the outlet's voice and score above the
 * threshold. A report without such a sentence has no passage.
 */
final class ArgumentPassages {

    /**
     * A candidate narrative text and how strongly it argues by the {@link ArgumentScorer}: in a
     * report, its loaded sentence's score; in a piece, the sum of its sentences' positive scores.
     */
    record Passage(String text, double strength) {
    }

    private static final Pattern CONNECTIVE_OPENING = Pattern.compile(
            "(?:And|But|Or|So|Yet|Still|Also|Then|Thus|Hence|Indeed|Instead|However|Moreover|Meanwhile|Nor|Plus"
                    + "|Of course|Even so|After all|In fact|That said|To be sure|In other words|Such|That['\u2019]s)\\b");

    private final NarrativeSettings settings;
    private final SentenceSplitter splitter;
    private final ArgumentScorer scorer;

    ArgumentPassages(NarrativeSettings settings, SentenceSplitter splitter, ArgumentScorer scorer) {
        this.settings = settings;
        this.splitter = splitter;
        this.scorer = scorer;
    }

    /**
     * The opening argument of an opinion or analysis piece: of the passages starting at one of its
     * first {@code openingSentences} usable sentences that argues, the one that argues most; else
     * the passage from its first usable sentence.
     */
    Optional<Passage> opening(String text) {
        List<Span> sentences = sentences(text);
        int first = -1;
        int best = -1;
        double bestArgument = 0;
        int starts = 0;
        for (int i = 0; i < sentences.size() && starts < settings.openingSentences(); i++) {
            String s = sentences.get(i).of(text);
            if (!startable(s) || opensWithQuotation(s) || (i > 0 && continuesEarlierThought(text, sentences.get(i)))) {
                continue;
            }
            starts++;
            first = first < 0 ? i : first;
            if (scorer.score(s) <= 0) {
                continue;
            }
            double argument = 0;
            int last = lastOfPassage(text, sentences, i, more -> true);
            for (int k = i; k <= last; k++) {
                argument += Math.max(0, scorer.score(sentences.get(k).of(text)));
            }
            if (argument > bestArgument) {
                best = i;
                bestArgument = argument;
            }
        }
        int start = best >= 0 ? best : first;
        if (start < 0) {
            return Optional.empty();
        }
        return Optional.of(new Passage(passage(text, sentences, start, lastOfPassage(text, sentences, start, more -> true)),
                bestArgument));
    }

    /** The most argumentative passage of a news report, if it has one. */
    Optional<Passage> inReport(String text) {
        List<Span> sentences = sentences(text);
        int best = -1;
        double bestScore = settings.reportThreshold();
        for (int i = 0; i < sentences.size() && i < settings.reportSentences(); i++) {
            String s = sentences.get(i).of(text);
            if (!startable(s) || !ownVoice(s) || continuesEarlierThought(text, sentences.get(i))
                    || FramingWords.count(s) == 0) {
                continue;
            }
            double score = scorer.score(s);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int last = lastOfPassage(text, sentences, best, s -> ownVoice(s) && scorer.score(s) > settings.reportThreshold());
        return Optional.of(new Passage(passage(text, sentences, best, last), bestScore));
    }

    private List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>(splitter.split(text));
        for (int i = 0; i < sentences.size(); i++) {
            sentences.set(i, FactFilter.trimDateline(text, sentences.get(i)));
        }
        return sentences;
    }

    /**
     * The index of the last sentence of a passage starting at {@code first}: the sentences right
     * after it are added while {@code more} accepts them, within the limits on sentences and characters.
     */
    private int lastOfPassage(String text, List<Span> sentences, int first, Predicate<String> more) {
        int last = first;
        for (int i = first + 1; i < sentences.size() && i < first + settings.maxSentences(); i++) {
            String sentence = sentences.get(i).of(text);
            if (!acceptable(sentence) || !more.test(sentence)
                    || passage(text, sentences, first, i).length() > settings.maxChars()) {
                break;
            }
            last = i;
        }
        return last;
    }

    /** Sentences {@code first} to {@code last} as in the text, runs of whitespace collapsed to one space. */
    private static String passage(String text, List<Span> sentences, int first, int last) {
        return Provenance.collapseWhitespace(text.substring(sentences.get(first).start(), sentences.get(last).end()))
                .strip();
    }

    /** A sentence a narrative can start with. */
    private boolean startable(String sentence) {
        return sentence.length() >= settings.minChars() && sentence.length() <= settings.maxChars()
                && acceptable(sentence) && !FactFilter.isQuestionOrExclamation(sentence);
    }

    /** A sentence a narrative can contain. */
    private static boolean acceptable(String sentence) {
        return !FactFilter.isBoilerplate(sentence) && !FactFilter.isByline(sentence)
                && !FactFilter.isDatelineOnly(sentence) && !FactFilter.isTruncated(sentence);
    }

    /**
     * Whether a sentence needs the one before it to be understood: it opens with a connective ("And",
     * "Of course") or a pronoun pointing back ("This", "He"), is a bare quotation whose speaker was
     * named before, or starts inside a quotation opened earlier.
     */
    private static boolean continuesEarlierThought(String text, Span sentence) {
        String s = sentence.of(text);
        return FactFilter.startsWithBackReference(s) || opensWithQuotation(s)
                || CONNECTIVE_OPENING.matcher(s).lookingAt() || insideQuotation(text, sentence);
    }

    /** A sentence that opens with a quotation: someone else speaking, or an anecdote's dialogue. */
    private static boolean opensWithQuotation(String s) {
        return !s.isEmpty() && "\"\u201C\u2018'".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * Whether a report's sentence is the outlet speaking: at least half of its letters outside
     * quotation marks, quotes balanced, no first person outside quotes (in a report that is nearly
     * always a quoted speaker whose quotation marks opened in an earlier sentence), and not opening
     * with a pronoun that needs the sentence before.
     */
    private static boolean ownVoice(String sentence) {
        if (FactFilter.hasUnbalancedQuotes(sentence) || FactFilter.startsWithBackReference(sentence)
                || FactFilter.hasFirstPersonOutsideQuotes(sentence)) {
            return false;
        }
        long letters = sentence.chars().filter(Character::isLetter).count();
        long outside = Quotes.outside(sentence).chars().filter(Character::isLetter).count();
        return outside * 2 >= letters;
    }

    /**
     * Whether the sentence starts inside a quotation opened earlier on its line (paragraph), as the
     * middle sentences of a quoted speech do ("It is a failure. We must learn from history," she
     * said). A quotation that runs over paragraphs reopens its marks on each, by convention.
     */
    private static boolean insideQuotation(String text, Span sentence) {
        int paragraph = Math.max(text.lastIndexOf('\n', sentence.start()), 0);
        int straight = 0;
        int curly = 0;
        for (int i = paragraph; i < sentence.start(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                curly++;
            } else if (c == '\u201D') {
                curly--;
            }
        }
        return straight % 2 != 0 || curly > 0;
    }
}
