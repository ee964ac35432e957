package org.parallax.ingest.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds link-heavy groups inside the chosen content, as Readability's conditional cleaning does:
 * teasers of other articles, "next / previous" boxes, tag and share bars. Each of their blocks
 * may look harmless alone (an excerpt, a date), but together they are mostly links.
 */
final class InnerClutter {
    private static final double MAX_LINK_DENSITY = 0.25;
    /** A group holding more than this share of the content is the content. */
    private static final double MAX_SHARE = 0.3;
    /** Lists of short items with a link each (shops, sources) are content; lists of links are not. */
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /** Mostly prose with links in it ({@link TextBlocks.Block#prose()}) is content. */
    private static final double MIN_PROSE_SHARE = 0.5;

    private InnerClutter() {
    }

    static Set<Element> find(Set<Element> chosen, Map<Element, TextBlocks.Totals> totals) {
        Set<Element> clutter = Collections.newSetFromMap(new IdentityHashMap<>());
        double all = 0;
        for (Element root : chosen) {
            TextBlocks.Totals total = totals.get(root);
            all += total == null ? 0 : total.chars();
        }
        for (Element root : chosen) {
            visit(root, root, all, totals, clutter);
        }
        return clutter;
    }

    /**
     * Post-order: children first, so a group is judged on what is left of it once its cluttered
     * parts are gone (prose around a box of links is not clutter). Returns the characters, link
     * characters and prose characters left.
     */
    private static double[] visit(Element element, Element root, double all, Map<Element, TextBlocks.Totals> totals,
                                  Set<Element> clutter) {
        TextBlocks.Totals total = totals.get(element);
        if (total == null) {
            return new double[4];
        }
        double chars = total.chars();
        double linkChars = total.linkChars();
        double prose = total.prose();
        for (Element child : element.children()) {
            if (clutter.contains(child) || totals.get(child) == null) {
                continue;
            }
            double[] left = visit(child, root, all, totals, clutter);
            if (clutter.contains(child)) {
                chars -= left[0];
                linkChars -= left[1];
                prose -= left[2];
            }
        }
        boolean candidate = element != root && TextBlocks.isGroup(element);
        double maxLinkDensity = element.nameIs("ul") || element.nameIs("ol") ? MAX_LIST_LINK_DENSITY : MAX_LINK_DENSITY;
        if (candidate && chars > 0 && chars < MAX_SHARE * all && linkChars / chars > maxLinkDensity
                && prose / chars < MIN_PROSE_SHARE) {
            clutter.add(element);
        }
        return new double[] {chars, linkChars, prose};
    }
}
