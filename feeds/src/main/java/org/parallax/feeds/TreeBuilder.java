package org.parallax.feeds;

import java.util.ArrayList;
import java.util.Locale;

/**
 * Builds the {@link XmlElement} tree from start / text / end events with raw qualified names, for
 * both the strict (StAX) and the lenient reader. It resolves namespace prefixes itself (so an
 * undeclared "dc:" is bound to Dublin Core instead of failing the document), tracks xml:base and
 * xml:lang, reads element and attribute names in lower case, drops elements nested deeper than the limit, and repairs end tags: an end tag that
 * closes no open element is taken as a misspelt end of the current one ({@code <language>en</langauge>}).
 */
final class TreeBuilder {
    private final String documentBase;
    private final int maxDepth;
    private final ArrayList<XmlElement> open = new ArrayList<>();
    private final ArrayList<String> openNames = new ArrayList<>();
    private final ArrayList<Scope> scopes = new ArrayList<>();
    /** Text not yet attached: readers may deliver one run of text in many pieces. */
    private final StringBuilder pendingText = new StringBuilder();
    private XmlElement root;
    private boolean rootClosed;
    private int dropped;

    /** A namespace scope: the prefixes one element declares, then its parent's. */
    private record Scope(Scope parent, String prefix, String uri) {
    }

    TreeBuilder(String documentBase, int maxDepth) {
        this.documentBase = documentBase;
        this.maxDepth = maxDepth;
    }

    XmlElement root() {
        flushText();
        return root;
    }

    /**
     * @param attributes (qualified name, value) pairs; the first {@code count * 2} entries are used
     */
    void start(String qname, String[] attributes, int count) {
        flushText();
        if (rootClosed) {
            dropped++; // a second root: ignored with its content
            return;
        }
        if (dropped > 0 || open.size() >= maxDepth) {
            dropped++;
            return;
        }
        XmlElement parent = open.isEmpty() ? null : open.getLast();
        Scope scope = scopes.isEmpty() ? null : scopes.getLast();
        for (int i = 0; i < count; i++) {
            String name = attributes[2 * i];
            if (name.equals("xmlns")) {
                scope = new Scope(scope, "", Namespaces.normalize(attributes[2 * i + 1]));
            } else if (name.startsWith("xmlns:")) {
                scope = new Scope(scope, name.substring(6), Namespaces.normalize(attributes[2 * i + 1]));
            }
        }
        String base = parent == null ? documentBase : parent.base;
        String lang = parent == null ? null : parent.lang;
        String[] resolved = count == 0 ? null : new String[count * 3];
        for (int i = 0; i < count; i++) {
            String name = attributes[2 * i];
            String value = attributes[2 * i + 1];
            int colon = name.indexOf(':');
            String ns;
            String local;
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                ns = Namespaces.XMLNS;
                local = colon < 0 ? name : name.substring(colon + 1);
            } else if (colon < 0) {
                ns = Namespaces.NONE;
                local = name.toLowerCase(Locale.ROOT);
            } else {
                ns = resolve(scope, name.substring(0, colon), false);
                local = name.substring(colon + 1).toLowerCase(Locale.ROOT);
            }
            resolved[3 * i] = ns;
            resolved[3 * i + 1] = local;
            resolved[3 * i + 2] = value;
            if (ns.equals(Namespaces.XML)) {
                if (local.equals("base")) {
                    String absolute = FeedUrls.resolveBase(base, value);
                    base = absolute != null ? absolute : base;
                } else if (local.equals("lang")) {
                    lang = value.isBlank() ? null : value.strip();
                }
            }
        }
        int colon = qname.indexOf(':');
        String ns = colon < 0 ? resolve(scope, "", true) : resolve(scope, qname.substring(0, colon), true);
        // Names are read in lower case, as feeds write them in any case ("<PUBDATE>", CDF's "<ITEM HREF>").
        String local = (colon < 0 ? qname : qname.substring(colon + 1)).toLowerCase(Locale.ROOT);
        XmlElement element = new XmlElement(ns, local, parent, base, lang, resolved);
        if (parent == null) {
            root = element;
        } else {
            parent.add(element);
        }
        open.add(element);
        openNames.add(qname);
        scopes.add(scope);
    }

    void text(String text) {
        if (!open.isEmpty()) {
            pendingText.append(text);
        }
    }

    private void flushText() {
        if (!pendingText.isEmpty()) {
            if (!open.isEmpty()) {
                open.getLast().add(pendingText.toString());
            }
            pendingText.setLength(0);
        }
    }

    void end(String qname) {
        flushText();
        if (dropped > 0) {
            dropped--;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        int match = openNames.lastIndexOf(qname);
        int closeFrom = match >= 0 ? match : open.size() - 1;
        if (match < 0 && open.size() == 1) {
            return; // a stray end tag must not close the root
        }
        while (open.size() > closeFrom) {
            open.removeLast();
            openNames.removeLast();
            scopes.removeLast();
        }
        rootClosed = open.isEmpty();
    }

    private static String resolve(Scope scope, String prefix, boolean element) {
        if (prefix.equals("xml")) {
            return Namespaces.XML;
        }
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.prefix().equals(prefix)) {
                return s.uri();
            }
        }
        if (prefix.isEmpty()) {
            return Namespaces.NONE;
        }
        String conventional = Namespaces.conventional(prefix);
        if (conventional != null) {
            return conventional;
        }
        return element ? "undeclared:" + prefix : Namespaces.NONE;
    }
}
