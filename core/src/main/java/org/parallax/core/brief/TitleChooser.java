package org.parallax.core.brief;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.subjectivity.CueSubjectivity;
import org.parallax.core.subjectivity.SentenceSubjectivity;
import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.SentenceSplitter;

/**
 * Picks the story's title among its headlines, a neutral one. Candidates are narrowed in turn, as
 * long as some remain: headlines of news reports (not opinion or analysis); then headlines that are
 * no question, open with no quotation and do not read as opinion (the fact-or-opinion classifier
 * beyond its threshold, or a loaded word from {@link LoadedWords}). Among the candidates left, the
 * most central one (highest mean similarity to the other articles' headline and lead) that is least
 * loaded wins. Score = centrality, minus 0.1 per loaded word, minus the classifier's probability of
 * opinion beyond its threshold, minus 0.2 for a question mark and 0.2 for an exclamation mark, minus
 * 0.1 for an opinion or analysis headline, minus 0.1 when shorter than 4 or longer than 20 words,
 * plus 0.05 for a CENTER-rated outlet. Ties go to the oldest article. Headlines are first trimmed of
 * outlet suffixes ("... - Outlet", "... | Outlet") and section prefixes ("Opinion: ").
 */
public final class TitleChooser {

    /** Used when no article has a headline. */
    public static final String UNTITLED = "Untitled story";

    /** The chosen headline and the article it is taken from (null for {@link #UNTITLED}). */
    public record Title(String text, SourcedArticle source) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:opinion|analysis|editorial|commentary|column|exclusive|breaking|watch|live|update[sd]?)\\s*[:|\u2014\u2013-]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"\u201C\u201D\u2018\u2019'\u00AB]");
    private static final String[] SEPARATORS = {" | ", " - ", " \u2014 ", " \u2013 ", " :: ", " \u00B7 "};

    private final SentenceSplitter splitter;
    private final SentenceSubjectivity subjectivity;

    public TitleChooser(SentenceSplitter splitter, SentenceSubjectivity subjectivity) {
        this.splitter = splitter;
        this.subjectivity = subjectivity;
    }

    public TitleChooser() {
        this(new SentenceSplitter(), new CueSubjectivity());
    }

    /** The title's text; {@link #chooseTitle} also says which article it comes from. */
    public String choose(List<SourcedArticle> articles) {
        return chooseTitle(articles).text();
    }

    public Title chooseTitle(List<SourcedArticle> articles) {
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        Centrality centrality = new Centrality(ordered, splitter);
        List<SourcedArticle> candidates = ordered.stream()
                .filter(a -> !trim(a.article().title(), a.outlet()).isBlank()).toList();
        candidates = narrowed(candidates, a -> !a.article().kind().isArgument());
        candidates = narrowed(candidates, a -> neutral(trim(a.article().title(), a.outlet())));
        SourcedArticle best = null;
        String bestTitle = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SourcedArticle a : candidates) {
            String title = trim(a.article().title(), a.outlet());
            double score = centrality.similarityToOthers(title, a) - penalty(title)
                    - Math.max(0, subjectivity.subjectivity(title) - subjectivity.threshold());
            if (a.article().kind().isArgument()) {
                score -= 0.1;
            }
            if (a.outlet().side() == Side.CENTER) {
                score += 0.05;
            }
            if (score > bestScore) {
                best = a;
                bestTitle = title;
                bestScore = score;
            }
        }
        return best == null ? new Title(UNTITLED, null) : new Title(bestTitle, best);
    }

    /** A headline a neutral brief can carry: no question, no opening quotation, no opinion or loaded word. */
    boolean neutral(String title) {
        return !title.contains("?") && !OPENS_WITH_QUOTE.matcher(title).find() && LoadedWords.count(title) == 0
                && subjectivity.subjectivity(title) < subjectivity.threshold();
    }

    private static List<SourcedArticle> narrowed(List<SourcedArticle> candidates, Predicate<SourcedArticle> keep) {
        List<SourcedArticle> kept = candidates.stream().filter(keep).toList();
        return kept.isEmpty() ? candidates : kept;
    }

    private static double penalty(String title) {
        double p = 0.1 * LoadedWords.count(title);
        if (title.contains("?")) {
            p += 0.2;
        }
        if (title.contains("!")) {
            p += 0.2;
        }
        int words = FactFilter.words(title);
        if (words < 4 || words > 20) {
            p += 0.1;
        }
        return p;
    }

    /** A headline without its outlet suffix and section prefix, whitespace trimmed. */
    public static String trim(String title, Outlet outlet) {
        String t = withoutPrefix(title == null ? "" : title.strip());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String sep : SEPARATORS) {
                int at = t.lastIndexOf(sep);
                if (at <= 0) {
                    continue;
                }
                String tail = t.substring(at + sep.length()).strip();
                String head = t.substring(0, at).strip();
                boolean shortSection = sep.equals(" | ") && FactFilter.words(tail) <= 4
                        && FactFilter.words(head) >= FactFilter.words(tail);
                if (namesOutlet(tail, outlet) || shortSection) {
                    t = head;
                    changed = true;
                    break;
                }
            }
        }
        return withoutPrefix(t);
    }

    private static String withoutPrefix(String title) {
        String unprefixed = PREFIX.matcher(title).replaceFirst("");
        return unprefixed.isBlank() ? title : unprefixed.strip();
    }

    private static boolean namesOutlet(String tail, Outlet outlet) {
        if (outlet == null || tail.isEmpty()) {
            return false;
        }
        String t = letters(tail);
        String name = letters(outlet.name());
        if (!name.isEmpty() && (t.equals(name) || t.equals("the" + name) || name.equals("the" + t))) {
            return true;
        }
        if (outlet.domain() != null) {
            String domain = outlet.domain().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            int dot = domain.indexOf('.');
            String host = letters(dot > 0 ? domain.substring(0, dot) : domain);
            return t.equals(letters(domain)) || (!host.isEmpty() && t.equals(host));
        }
        return false;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
