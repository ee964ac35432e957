package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.parallax.core.model.Narrative;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;

/**
 * Picks the two opposing narratives of a story from its argument pieces (OPINION and ANALYSIS).
 *
 * <p>When outlets on the LEFT and on the RIGHT both have an argument piece with usable text,
 * Narrative A is the left piece's opening argument and Narrative B the right's; when a side has
 * several pieces, the one most similar to the rest of the story is used (ties: the oldest). The
 * opening argument is 1 to {@code narrativeMaxSentences} consecutive sentences, starting at the
 * first sentence of at least {@code narrativeMinChars} characters that is no boilerplate, byline,
 * dateline or truncated excerpt, and adding following sentences while the text stays within
 * {@code narrativeMaxChars}. The text is those sentences as in the article, with whitespace runs
 * (such as paragraph breaks) collapsed to one space.
 *
 * <p>Otherwise there are no narratives and {@code missingView} names the silent side: "No opinion
 * piece from the right covers this story yet." (or "the left"), or, when neither side has one,
 * "No opinion piece from the left or the right covers this story yet." It is never null when the
 * narratives are empty, so a page can always say why there are none.
 */
public final class NarrativeSelector {

    public static final String MISSING_LEFT = "No opinion piece from the left covers this story yet.";
    public static final String MISSING_RIGHT = "No opinion piece from the right covers this story yet.";
    public static final String MISSING_BOTH = "No opinion piece from the left or the right covers this story yet.";

    /** The narratives of a brief, or none and why. */
    public record Choice(List<Narrative> narratives, String missingView) {
        public Choice {
            narratives = List.copyOf(narratives);
        }
    }

    private final BriefSettings settings;
    private final SentenceSplitter splitter;

    public NarrativeSelector(BriefSettings settings, SentenceSplitter splitter) {
        this.settings = settings;
        this.splitter = splitter;
    }

    public NarrativeSelector() {
        this(BriefSettings.defaults(), new SentenceSplitter());
    }

    public Choice select(List<SourcedArticle> articles) {
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        Centrality centrality = new Centrality(ordered, splitter);
        Optional<Narrative> left = side(ordered, Side.LEFT, "Narrative A", centrality);
        Optional<Narrative> right = side(ordered, Side.RIGHT, "Narrative B", centrality);
        if (left.isPresent() && right.isPresent()) {
            return new Choice(List.of(left.get(), right.get()), null);
        }
        if (left.isPresent()) {
            return new Choice(List.of(), MISSING_RIGHT);
        }
        if (right.isPresent()) {
            return new Choice(List.of(), MISSING_LEFT);
        }
        return new Choice(List.of(), MISSING_BOTH);
    }

    private Optional<Narrative> side(List<SourcedArticle> articles, Side side, String label, Centrality centrality) {
        List<SourcedArticle> pieces = new ArrayList<>(articles.stream()
                .filter(a -> a.article().kind().isArgument() && a.outlet().side() == side)
                .toList());
        pieces.sort(Comparator.comparingDouble((SourcedArticle a) -> -centrality.of(a)).thenComparing(ArticlePool.BY_TIME));
        for (SourcedArticle piece : pieces) {
            Optional<String> text = openingArgument(piece.article().text());
            if (text.isPresent()) {
                return Optional.of(new Narrative(label, side.label(), text.get(), piece.ref()));
            }
        }
        return Optional.empty();
    }

    /** The opening argument of a piece, or empty when no sentence qualifies. */
    public Optional<String> openingArgument(String text) {
        List<Span> sentences = splitter.split(text);
        int first = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = FactFilter.trimDateline(text, sentences.get(i));
            if (usable(s.of(text))) {
                sentences.set(i, s);
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int start = sentences.get(first).start();
        int end = sentences.get(first).end();
        for (int i = first + 1; i < sentences.size() && i < first + settings.narrativeMaxSentences(); i++) {
            Span next = sentences.get(i);
            String candidate = text.substring(start, next.end());
            if (!acceptable(next.of(text)) || Provenance.collapseWhitespace(candidate).length() > settings.narrativeMaxChars()) {
                break;
            }
            end = next.end();
        }
        return Optional.of(Provenance.collapseWhitespace(text.substring(start, end)).strip());
    }

    private boolean usable(String sentence) {
        return sentence.length() >= settings.narrativeMinChars() && acceptable(sentence);
    }

    private static boolean acceptable(String sentence) {
        return !FactFilter.isBoilerplate(sentence) && !FactFilter.isByline(sentence) && !FactFilter.isDatelineOnly(sentence)
                && !FactFilter.isTruncated(sentence);
    }
}
