package org.parallax.core.brief;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.parallax.core.model.Outlet;
import org.parallax.core.model.Side;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.subjectivity.CueSubjectivity;
import org.parallax.core.subjectivity.SentenceSubjectivity;
import org.parallax.core.text.LoadedWords;
import org.parallax.core.text.SentenceSplitter;

/**
 * Picks the story's title among its headlines: the most central one (highest mean similarity to
 * the other articles' headline and lead) that is least loaded. Score = centrality, minus 0.1 per
 * loaded word ({@link LoadedWords}), minus the fact-or-opinion classifier's probability of opinion
 * beyond its threshold (a headline that judges), minus 0.2 for a question mark and 0.2 for an exclamation
 * mark, minus 0.1 for an opinion or analysis headline, minus 0.1 when shorter than 4 or longer than
 * 20 words, plus 0.05 for a CENTER-rated outlet. Ties go to the oldest article. Headlines are first
 * trimmed of outlet suffixes ("... - Outlet", "... | Outlet") and section prefixes ("Opinion: ").
 */
public final class TitleChooser {

    /** Used when no article has a headline. */
    public static final String UNTITLED = "Untitled story";

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:opinion|analysis|editorial|commentary|column|exclusive|breaking|watch|live|update[sd]?)\\s*[:|\u2014\u2013-]\\s*",
            Pattern.CASE_INSENSITIVE);
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

    public String choose(List<SourcedArticle> articles) {
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        Centrality centrality = new Centrality(ordered, splitter);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SourcedArticle a : ordered) {
            String title = trim(a.article().title(), a.outlet());
            if (title.isBlank()) {
                continue;
            }
            double score = centrality.similarityToOthers(title, a) - penalty(title)
                    - Math.max(0, subjectivity.subjectivity(title) - subjectivity.threshold());
            if (a.article().kind().isArgument()) {
                score -= 0.1;
            }
            if (a.outlet().side() == Side.CENTER) {
                score += 0.05;
            }
            if (score > bestScore) {
                best = title;
                bestScore = score;
            }
        }
        return best == null ? UNTITLED : best;
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
