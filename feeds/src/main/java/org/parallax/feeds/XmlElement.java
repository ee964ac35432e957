package org.parallax.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of a parsed feed document: namespace (normalised, see {@link Namespaces}), local
 * name, attributes, and children in order (text as {@code String}, elements as {@code XmlElement}).
 * Carries the xml:base and xml:lang in scope, so relative links resolve where they are written.
 */
final class XmlElement {
    private static final String[] NO_ATTRIBUTES = {};

    final String namespace;
    final String name;
    final XmlElement parent;
    /** The absolute base URL in scope (xml:base over the feed URL), or null. */
    final String base;
    /** The xml:lang in scope, or null. */
    final String lang;
    /** (namespace, local name, value) triples. */
    private final String[] attributes;
    private final List<Object> children = new ArrayList<>(3);
    private List<XmlElement> elements;

    XmlElement(String namespace, String name, XmlElement parent, String base, String lang, String[] attributes) {
        this.namespace = namespace;
        this.name = name;
        this.parent = parent;
        this.base = base;
        this.lang = lang;
        this.attributes = attributes == null ? NO_ATTRIBUTES : attributes;
    }

    boolean is(String ns, String localName) {
        return name.equals(localName) && namespace.equals(ns);
    }

    /** The value of an attribute in no namespace, matched by local name; null when absent. */
    String attribute(String localName) {
        return attribute(Namespaces.NONE, localName);
    }

    String attribute(String ns, String localName) {
        for (int i = 0; i < attributes.length; i += 3) {
            if (attributes[i + 1].equals(localName) && attributes[i].equals(ns)) {
                return attributes[i + 2];
            }
        }
        return null;
    }

    void add(Object child) {
        if (child instanceof String text && !children.isEmpty() && children.getLast() instanceof String previous) {
            children.set(children.size() - 1, previous + text);
        } else {
            children.add(child);
        }
    }

    /** The child elements; computed once, when the tree is complete (readers never add). */
    List<XmlElement> elements() {
        if (elements == null) {
            List<XmlElement> list = new ArrayList<>(children.size());
            for (Object child : children) {
                if (child instanceof XmlElement element) {
                    list.add(element);
                }
            }
            elements = list;
        }
        return elements;
    }

    /** The first child element with this namespace and name, or null. */
    XmlElement first(String ns, String localName) {
        for (Object child : children) {
            if (child instanceof XmlElement element && element.is(ns, localName)) {
                return element;
            }
        }
        return null;
    }

    /** The last child element with this namespace and name, or null ("of several, the last counts"). */
    XmlElement last(String ns, String localName) {
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i) instanceof XmlElement element && element.is(ns, localName)) {
                return element;
            }
        }
        return null;
    }

    boolean hasElements() {
        for (Object child : children) {
            if (child instanceof XmlElement) {
                return true;
            }
        }
        return false;
    }

    /** All descendant text, concatenated. */
    String text() {
        if (children.size() == 1 && children.getFirst() instanceof String only) {
            return only;
        }
        StringBuilder out = new StringBuilder();
        appendChildren(out, false);
        return out.toString();
    }


    /**
     * The content as markup: the text itself when there are no child elements (escaped markup and
     * CDATA read as their text), else the children serialised, text escaped ("naked" markup).
     */
    String markup() {
        return hasElements() ? innerXml() : text();
    }

    /** The children serialised as XML, text always escaped (XHTML content). */
    String innerXml() {
        StringBuilder out = new StringBuilder();
        appendChildren(out, true);
        return out.toString();
    }

    /** The children written out: their text alone, or as XML with the text escaped ({@code markup}). */
    private void appendChildren(StringBuilder out, boolean markup) {
        for (Object child : children) {
            if (child instanceof XmlElement element && markup) {
                element.appendMarkup(out);
            } else if (child instanceof XmlElement element) {
                element.appendChildren(out, false);
            } else if (markup) {
                HtmlText.escapeTo((String) child, out);
            } else {
                out.append((String) child);
            }
        }
    }

    private void appendMarkup(StringBuilder out) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 3) {
            if (!attributes[i].equals(Namespaces.XMLNS) && !attributes[i].equals(Namespaces.XML)) {
                out.append(' ').append(attributes[i + 1]).append("=\"");
                HtmlText.escapeTo(attributes[i + 2], out);
                out.append('"');
            }
        }
        out.append('>');
        appendChildren(out, true);
        out.append("</").append(name).append('>');
    }
}
