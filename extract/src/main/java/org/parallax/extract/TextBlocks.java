package org.parallax.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.extract.text.PlainText;

/**
 * Cuts a page into paragraph-level blocks of text, the way a browser would break lines: at
 * block elements and at double {@code <br>}. Each block knows the innermost block element it
 * came from and how much of it is link text.
 */
final class TextBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "th", "thead", "tr", "ul");
    private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "dd", "dt", "figcaption", "address");

    /** Shorter blocks are too weak a signal of content (captions, labels, buttons). */
    private static final int MIN_WEIGHED_CHARS = 25;
    private static final String CELL_SEPARATOR = " | ";
    private static final double MAX_WEIGHED_LINK_DENSITY = 0.33;

    /**
     * A block of text; {@code linkChars} of its characters are inside links, and the longest
     * stretch between links is {@code longestUnlinked} characters long.
     */
    record Block(Element owner, String text, int linkChars, int longestUnlinked) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        /**
         * How strongly the block looks like article prose: its non-link characters, halved for
         * loose text outside {@code <p>}; zero for short or link-heavy blocks.
         */
        double weight() {
            return prose() * (owner.nameIs("p") ? 1 : 0.5);
        }

        /** The non-link characters of a block that is long enough and not link-heavy, else zero. */
        double prose() {
            if (text.length() < MIN_WEIGHED_CHARS || linkDensity() > MAX_WEIGHED_LINK_DENSITY) {
                return 0;
            }
            return text.length() - linkChars;
        }
    }

    /** Sums over all blocks under an element: characters, link characters, weight, prose characters. */
    record Totals(double chars, double linkChars, double weight, double prose) {
        double linkDensity() {
            return chars == 0 ? 0 : linkChars / chars;
        }

        /** The share of the text that is weighed prose. */
        double proseShare() {
            return chars == 0 ? 0 : weight / chars;
        }
    }

    private TextBlocks() {
    }

    static boolean isParagraphLike(Element element) {
        return PARAGRAPH_LIKE.contains(element.normalName());
    }

    /** Block elements that group other blocks: div, section, ul, table... */
    static boolean isGroup(Element element) {
        return BLOCK_TAGS.contains(element.normalName()) && !PARAGRAPH_LIKE.contains(element.normalName());
    }

    static List<Block> of(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    static Map<Element, Totals> totals(Element root, List<Block> blocks) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        for (Block block : blocks) {
            double[] sum = sums.computeIfAbsent(block.owner(), e -> new double[4]);
            sum[0] += block.text().length();
            sum[1] += block.linkChars();
            sum[2] += block.weight();
            sum[3] += block.prose();
        }
        // Post-order: every element hands its sums on to its parent.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element != root && element.parent() != null) {
                    double[] own = sums.get(element);
                    if (own != null) {
                        double[] parent = sums.computeIfAbsent(element.parent(), e -> new double[4]);
                        for (int i = 0; i < own.length; i++) {
                            parent[i] += own[i];
                        }
                    }
                }
            }
        }, root);
        Map<Element, Totals> totals = new IdentityHashMap<>();
        sums.forEach((element, sum) -> totals.put(element, new Totals(sum[0], sum[1], sum[2], sum[3])));
        return totals;
    }

    /**
     * A table cell holding only inline content: a row of such cells reads as one line. Cells
     * holding blocks (layout tables of old sites) stay blocks of their own.
     */
    private static boolean isSimpleCell(Element element) {
        if (!element.nameIs("td") && !element.nameIs("th")) {
            return false;
        }
        for (Element descendant : element.getAllElements()) {
            if (descendant != element && BLOCK_TAGS.contains(descendant.normalName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * About the length of {@code PlainText.oneLine(text)}: characters but whitespace, plus one
     * space between runs of them. Counted without building the string: it runs for every text node.
     */
    static int visibleLength(String text) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                pendingSpace = length > 0;
            } else {
                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
            }
        }
        return length;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int unlinkedRun;
        private int longestUnlinked;
        private int linkDepth;
        private boolean lastWasBreak;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText();
                if (!value.isBlank()) {
                    lastWasBreak = false;
                }
                text.append(value);
                int length = visibleLength(value);
                if (linkDepth > 0) {
                    linkChars += length;
                } else {
                    unlinkedRun += length;
                    longestUnlinked = Math.max(longestUnlinked, unlinkedRun);
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    if (lastWasBreak) {
                        flush();
                    }
                    text.append('\n');
                    lastWasBreak = true;
                } else if (element.nameIs("a")) {
                    linkDepth++;
                    unlinkedRun = 0;
                } else if (isSimpleCell(element)) {
                    if (!text.isEmpty() && !text.toString().isBlank()) {
                        text.append(CELL_SEPARATOR);
                    }
                } else if (BLOCK_TAGS.contains(element.normalName()) && depth > 0) {
                    flush();
                    owners.push(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth--;
                } else if (BLOCK_TAGS.contains(element.normalName()) && depth > 0 && !isSimpleCell(element)) {
                    flush();
                    owners.pop();
                }
            }
        }

        void flush() {
            String line = PlainText.oneLine(text.toString());
            if (!line.isEmpty()) {
                blocks.add(new Block(owners.peek(), line, Math.min(linkChars, line.length()),
                        Math.min(longestUnlinked, line.length())));
            }
            text.setLength(0);
            linkChars = 0;
            unlinkedRun = 0;
            longestUnlinked = 0;
            lastWasBreak = false;
        }
    }
}
