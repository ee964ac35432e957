package org.parallax.feeds;

import java.util.Locale;
import java.util.Map;

/**
 * The namespaces feeds use, normalised: trimmed, lower-cased, and common variants (a missing
 * trailing slash, https) mapped to one spelling, since feeds write them all.
 */
final class Namespaces {
    static final String NONE = "";
    static final String XML = "http://www.w3.org/xml/1998/namespace";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String RSS_USERLAND = "http://backend.userland.com/rss2";
    static final String RSS_HARVARD = "http://blogs.law.harvard.edu/tech/rss";
    static final String ATOM_10 = "http://www.w3.org/2005/atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String SY = "http://purl.org/rss/1.0/modules/syndication/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0";

    /** Prefixes feeds use without declaring them; binding them beats dropping the element. */
    private static final Map<String, String> CONVENTIONAL_PREFIXES = Map.ofEntries(
            Map.entry("rdf", RDF), Map.entry("atom", ATOM_10), Map.entry("atom10", ATOM_10),
            Map.entry("atom03", ATOM_03), Map.entry("dc", DC), Map.entry("dcterms", DCTERMS),
            Map.entry("content", CONTENT), Map.entry("media", MEDIA), Map.entry("itunes", ITUNES),
            Map.entry("sy", SY), Map.entry("xhtml", XHTML), Map.entry("feedburner", FEEDBURNER));

    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("http://search.yahoo.com/mrss", MEDIA),
            Map.entry("https://search.yahoo.com/mrss/", MEDIA),
            Map.entry("http://purl.org/dc/elements/1.1", DC),
            Map.entry("http://purl.org/dc/terms", DCTERMS),
            Map.entry("http://purl.org/rss/1.0/modules/content", CONTENT),
            Map.entry("http://purl.org/rss/1.0", RSS_10),
            Map.entry("https://www.w3.org/2005/atom", ATOM_10),
            Map.entry("http://www.w3.org/2005/atom/", ATOM_10),
            Map.entry("http://purl.org/atom/ns", ATOM_03),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd/", ITUNES),
            Map.entry("http://purl.org/rss/1.0/modules/syndication", SY));

    private Namespaces() {
    }

    static String normalize(String uri) {
        if (uri == null) {
            return NONE;
        }
        String value = uri.strip().toLowerCase(Locale.ROOT);
        return VARIANTS.getOrDefault(value, value);
    }

    /** The namespace a conventional but undeclared prefix stands for, or null. */
    static String conventional(String prefix) {
        return CONVENTIONAL_PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
    }

    /** Namespaces whose elements are RSS's own (besides no namespace at all). */
    static boolean isRss(String namespace) {
        return namespace.isEmpty() || namespace.equals(RSS_10) || namespace.equals(RSS_090)
                || namespace.equals(RSS_USERLAND) || namespace.equals(RSS_HARVARD);
    }

    static boolean isAtom(String namespace) {
        return namespace.equals(ATOM_10) || namespace.equals(ATOM_03);
    }
}
