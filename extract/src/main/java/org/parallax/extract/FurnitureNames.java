package org.parallax.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id names say: furniture ("share-tools", "sidebar"), or never the
 * article at all ("comments", "related-posts"), unless they also name content ("entry-content
 * comments-open"). Names are split into words at every character but ASCII letters and digits,
 * and where a lower-case letter meets an upper-case one ("shareButtons").
 */
final class FurnitureNames {
    enum Naming {
        NONE,
        /** Usually furniture: removed unless it holds most of the page's prose. */
        FURNITURE,
        /** Comments, related articles, recommendation widgets: removed however much prose they hold. */
        NEVER_ARTICLE
    }

    // Not "paywall": paywall systems wrap the article itself (<div class="paywall">) as often as their prompt.
    private static final Set<String> WORDS = Set.of(
            "share", "sharing", "social", "newsletter", "newsletters",
            "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts", "advertisement", "advertising",
            "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription", "signup", "sidebar",
            "breadcrumb", "breadcrumbs", "popup", "modal", "sponsored", "sponsor", "footer", "nav", "navbar",
            "navigation", "menu", "masthead", "toolbar", "trending", "mostread", "byline", "caption", "tags",
            "author", "bio");
    /** Found inside longer words too ("newsletterbox"). */
    private static final List<String> WORD_PARTS = List.of("sidebar", "newsletter", "breadcrumb");
    /** Found inside longer words too ("commentlist", "relatedposts"); "commentary" is an opinion section. */
    private static final List<String> NEVER_ARTICLE_PARTS = List.of("comment", "disqus", "related", "recommend",
            "taboola", "outbrain");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "entry", "post", "story",
            "body", "main", "text", "hentry");
    private static final int LONGEST_WORD = 40;

    private FurnitureNames() {
    }

    /** By hand, not with regular expressions: this runs for every element of a page. */
    static Naming of(Element element) {
        boolean[] found = new boolean[3]; // furniture, never article, content
        read(element.className(), found);
        read(element.id(), found);
        if (found[1] && !found[2]) {
            return Naming.NEVER_ARTICLE;
        }
        return found[0] || found[1] ? Naming.FURNITURE : Naming.NONE;
    }

    private static void read(String names, boolean[] found) {
        if (names.isEmpty()) {
            return;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        if (lower.length() != names.length()) {
            lower = names; // a letter whose lower case is longer ("İ"): not a name of ours anyway
        }
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            boolean camelBreak = wordChar && start >= 0 && c >= 'A' && c <= 'Z'
                    && names.charAt(i - 1) >= 'a' && names.charAt(i - 1) <= 'z';
            if (!wordChar || camelBreak) {
                if (start >= 0 && i - start <= LONGEST_WORD) {
                    classify(lower.substring(start, i), found);
                }
                start = wordChar ? i : -1;
            } else if (start < 0) {
                start = i;
            }
        }
    }

    private static void classify(String word, boolean[] found) {
        found[0] |= WORDS.contains(word) || containsAny(word, WORD_PARTS);
        found[1] |= containsAny(word, NEVER_ARTICLE_PARTS) && !word.contains("commentary");
        found[2] |= CONTENT_WORDS.contains(word);
    }

    private static boolean containsAny(String word, List<String> parts) {
        for (String part : parts) {
            if (word.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
