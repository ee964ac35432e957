package org.parallax.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds link-heavy groups inside the chosen content, as Readability's conditional cleaning does:
 * teasers of other articles, "next / previous" boxes, tag and share bars. Each of their blocks
 * may look harmless alone (an excerpt, a date), but together they are mostly links.
 */
final class InnerClutter {
    private static final double MAX_LINK_DENSITY = 0.25;
    /** Lists of short items with a link each (shops, sources) are content; lists of links are not. */
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /** Mostly prose with links in it ({@link TextBlocks.Block#prose()}) is content. */
    private static final double MIN_PROSE_SHARE = 0.5;
    /** A group holding more than this share of the content is the content. */
    private static final double MAX_SHARE = 0.3;

    private InnerClutter() {
    }

    static Set<Element> find(Set<Element> chosen, Map<Element, TextBlocks.Totals> totals) {
        Set<Element> clutter = Collections.newSetFromMap(new IdentityHashMap<>());
        double all = 0;
        for (Element root : chosen) {
            TextBlocks.Totals total = totals.get(root);
            all += total == null ? 0 : total.chars();
        }
        double content = all;
        // What lies in clutter under each element, filled children first (the traversal's tail).
        Map<Element, double[]> cut = new IdentityHashMap<>();
        for (Element root : chosen) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element element && element != root && totals.get(element) != null) {
                        judge(element, content, totals, cut, clutter);
                    }
                }
            }, root);
        }
        return clutter;
    }

    /**
     * Judges a group on what is left of it once its cluttered parts are gone (prose around a box
     * of links is not clutter), and hands on to its parent what it cuts.
     */
    private static void judge(Element element, double all, Map<Element, TextBlocks.Totals> totals,
                              Map<Element, double[]> cut, Set<Element> clutter) {
        TextBlocks.Totals total = totals.get(element);
        double[] under = cut.getOrDefault(element, new double[3]);
        double chars = total.chars() - under[0];
        double linkChars = total.linkChars() - under[1];
        double prose = total.prose() - under[2];
        double maxLinkDensity = element.nameIs("ul") || element.nameIs("ol") ? MAX_LIST_LINK_DENSITY : MAX_LINK_DENSITY;
        boolean cluttered = TextBlocks.isGroup(element) && chars > 0 && chars < MAX_SHARE * all
                && linkChars / chars > maxLinkDensity && prose / chars < MIN_PROSE_SHARE;
        if (cluttered) {
            clutter.add(element);
        }
        Element parent = element.parent();
        if (parent != null) {
            double[] toParent = cluttered ? new double[] {total.chars(), total.linkChars(), total.prose()} : under;
            double[] parentCut = cut.computeIfAbsent(parent, e -> new double[3]);
            for (int i = 0; i < 3; i++) {
                parentCut[i] += toParent[i];
            }
        }
    }
}
