package org.parallax.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.extract.text.PlainText;

/**
 * Finds an article's main text: strips page furniture, scores each container by the paragraph
 * text under it (long blocks with few links count most), widens the best container to an
 * ancestor when that adds much prose and little else (or to a schema.org articleBody around it),
 * adds its strong siblings, and returns the paragraphs inside but for link clutter
 * ({@link InnerClutter}), link-only blocks, stock phrases and the title.
 */
final class MainText {
    private static final double MAX_OUTPUT_LINK_DENSITY = 0.5;
    private static final int MIN_UNLINKED_CHARS = 40;
    private static final double SIBLING_SHARE = 0.2;
    private static final double WIDENING_GAIN = 1.3;
    private static final double WIDENING_SHARE = 0.7;
    private static final double MAX_BODY_LINK_DENSITY = 0.3;
    /** Furniture holding more than this share of the page's prose is kept: it is the article. */
    private static final double PROTECTED_SHARE = 0.5;

    /** A live blog is one article made of many {@code <article>} updates; elsewhere each is one of its own. */
    private final boolean liveBlog;

    MainText(boolean liveBlog) {
        this.liveBlog = liveBlog;
    }

    /**
     * The main text, paragraphs separated by blank lines; empty when none. Modifies the document.
     *
     * @param title the page's title, which is not repeated in the text; may be null
     */
    String find(Document document, String title) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        removeFurniture(body);
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        Map<Element, Double> scores = score(blocks);
        if (scores.isEmpty()) {
            return "";
        }
        Map<Element, TextBlocks.Totals> totals = TextBlocks.totals(body, blocks);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            TextBlocks.Totals total = totals.get(entry.getKey());
            double score = entry.getValue() * (1 - (total == null ? 0 : total.linkDensity()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return "";
        }
        best = declaredBody(widened(best, totals), totals);
        Set<Element> chosen = withStrongSiblings(best, bestScore, scores, totals);
        Set<Element> clutter = InnerClutter.find(chosen, totals);
        List<String> paragraphs = new ArrayList<>();
        for (TextBlocks.Block block : blocks) {
            if (isInside(block.owner(), chosen, clutter) && keep(block) && !block.text().equalsIgnoreCase(title)) {
                paragraphs.add(block.text());
            }
        }
        return PlainText.join(paragraphs);
    }

    private static void removeFurniture(Element body) {
        body.select(Boilerplate.NEVER_CONTENT).remove();
        // Prose as the page stands, before anything is removed: furniture holding most of it is the article.
        Map<Element, TextBlocks.Totals> before = TextBlocks.totals(body, TextBlocks.of(body));
        double all = prose(before, body);
        List<Element> furniture = new ArrayList<>();
        List<Element> neverArticle = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            FurnitureNames.Naming naming = FurnitureNames.of(element);
            boolean semantic = element.nameIs("main") || element.nameIs("article");
            if (naming == FurnitureNames.Naming.NEVER_ARTICLE) {
                neverArticle.add(element);
            } else if (Boilerplate.isFurniture(element) || !semantic && naming == FurnitureNames.Naming.FURNITURE) {
                furniture.add(element);
            }
        }
        neverArticle.forEach(Element::remove);
        for (Element element : furniture) {
            if (prose(before, element) <= PROTECTED_SHARE * all) {
                element.remove();
            }
        }
    }

    private static double prose(Map<Element, TextBlocks.Totals> totals, Element element) {
        TextBlocks.Totals total = totals.get(element);
        return total == null ? 0 : total.prose();
    }

    /**
     * Each good block adds its weight to the element holding it and half to that element's
     * parent; blocks in {@code <p>} weigh full, loose text half.
     */
    private Map<Element, Double> score(List<TextBlocks.Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlocks.Block block : blocks) {
            double weight = block.weight();
            if (weight == 0) {
                continue;
            }
            // A paragraph-like block scores the element around it; loose text scores its own element.
            Element container = TextBlocks.isParagraphLike(block.owner()) ? block.owner().parent() : block.owner();
            if (container == null) {
                continue;
            }
            scores.merge(container, weight, Double::sum);
            // An <article> is self-contained: what holds several of them is a list, not more article.
            if (container.parent() != null && !isBoundary(container)) {
                scores.merge(container.parent(), weight / 2, Double::sum);
            }
        }
        return scores;
    }

    /**
     * Moves up from the best container while that gains much more prose at a similar prose share:
     * articles split into several sections ("companion columns") meet only higher up.
     */
    private Element widened(Element best, Map<Element, TextBlocks.Totals> totals) {
        TextBlocks.Totals start = totals.get(best);
        Element current = best;
        for (Element parent = best.parent(); parent != null && !parent.nameIs("body") && !isBoundary(current);
             parent = parent.parent()) {
            TextBlocks.Totals mine = totals.get(current);
            TextBlocks.Totals theirs = totals.get(parent);
            if (theirs == null || mine == null) {
                break;
            }
            if (theirs.weight() >= WIDENING_GAIN * mine.weight()
                    && theirs.proseShare() >= WIDENING_SHARE * start.proseShare()) {
                current = parent;
            } else if (theirs.weight() > mine.weight() * 1.01) {
                break; // more prose up there, but drowned in other text: stop
            }
        }
        return current;
    }

    /**
     * The schema.org articleBody the best container lies in, if the page marks one up and it is not
     * mostly links: the publisher's own word on where the article is, which also gathers an article
     * split into many blocks between pictures and quotes.
     */
    private static Element declaredBody(Element best, Map<Element, TextBlocks.Totals> totals) {
        for (Element ancestor = best; ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
            if (ancestor.attr("itemprop").equalsIgnoreCase("articleBody")) {
                TextBlocks.Totals total = totals.get(ancestor);
                return total != null && total.linkDensity() <= MAX_BODY_LINK_DENSITY ? ancestor : best;
            }
        }
        return best;
    }

    private Set<Element> withStrongSiblings(Element best, double bestScore, Map<Element, Double> scores,
                                                   Map<Element, TextBlocks.Totals> totals) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(best);
        Element parent = best.parent();
        if (parent == null) {
            return chosen;
        }
        for (Element sibling : parent.children()) {
            TextBlocks.Totals total = totals.get(sibling);
            // An <article> is self-contained by definition: its neighbours are other articles.
            if (sibling == best || total == null || total.linkDensity() > 0.25 || isBoundary(sibling)) {
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0) * (1 - total.linkDensity());
            boolean strongParagraph = sibling.nameIs("p") && total.chars() >= 80;
            if (score >= SIBLING_SHARE * bestScore || strongParagraph) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** An {@code <article>}: self-contained, so what holds several of them is a list, not more article. */
    private boolean isBoundary(Element element) {
        return !liveBlog && element.nameIs("article");
    }

    /** Whether the element is inside one of the containers, and not inside clutter within it. */
    private static boolean isInside(Element element, Set<Element> containers, Set<Element> clutter) {
        for (Element e = element; e != null; e = e.parent()) {
            if (containers.contains(e)) {
                return true;
            }
            if (clutter.contains(e)) {
                return false;
            }
        }
        return false;
    }

    private static boolean keep(TextBlocks.Block block) {
        // A linked lead followed by a sentence of its own ("<a>Headline</a>. What happened.") is prose.
        boolean mostlyLinks = block.linkDensity() > MAX_OUTPUT_LINK_DENSITY
                && block.longestUnlinked() < MIN_UNLINKED_CHARS;
        return !block.owner().nameIs("h1") && !mostlyLinks && !Boilerplate.isStockPhrase(block.text());
    }
}
