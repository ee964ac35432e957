package org.parallax.feeds;

import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.parallax.extract.text.PlainText;

/**
 * Parses a feed body (RSS 0.90 to 2.0, Atom 0.3 and 1.0, JSON Feed 1.0 and 1.1, CDF) into a
 * {@link Feed}, or says why it is not one. Thread-safe and free of I/O: the caller fetches.
 *
 * <p>The path of a body: size check; decoding ({@link FeedCharset}: BOM, HTTP charset, XML
 * declaration, detection; the choice is recorded in {@link Feed#encoding()}); JSON or XML by the first character; for XML, one repair pass
 * ({@link XmlCleaner}: forbidden characters, bare ampersands, HTML entities, the DOCTYPE), then
 * the strict StAX parser with DTDs and external entities off, and when the document is still not
 * well-formed the lenient reader ({@link LenientXmlReader}), which never expands anything; last, the
 * format reader for the root element. Bad input ends in {@link FeedResult.Rejected} with a reason,
 * never in an exception.
 */
public final class FeedParser {
    /** How far into the body leading junk (a PHP warning, stray text) is skipped to find the XML. */
    private static final int MAX_LEADING_JUNK = 1024;

    private final FeedLimits limits;
    private final StrictXmlReader strictReader = new StrictXmlReader();
    private final JsonFeedReader jsonReader = new JsonFeedReader();

    public FeedParser(FeedLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param body              the response body, not decompressed further
     * @param contentTypeHeader the HTTP Content-Type (for its charset), or null
     * @param feedUrl           the address the feed was fetched from, against which relative links
     *                          resolve; null leaves relative links without a base (they are dropped)
     */
    public FeedResult parse(byte[] body, String contentTypeHeader, String feedUrl) {
        try {
            return parseChecked(body, contentTypeHeader, feedUrl);
        } catch (RuntimeException e) {
            // A bug, not an expected outcome, but one bad feed must never stop the others.
            String message = String.valueOf(e.getMessage());
            return new FeedResult.Rejected("parser failure: " + e.getClass().getSimpleName() + ": "
                    + (message.length() > 200 ? message.substring(0, 200) + "..." : message));
        }
    }

    private FeedResult parseChecked(byte[] body, String contentTypeHeader, String feedUrl) {
        if (body == null || body.length == 0) {
            return new FeedResult.Rejected("empty body");
        }
        if (body.length > limits.maxBytes()) {
            return new FeedResult.Rejected("body of " + body.length + " bytes exceeds the limit of "
                    + limits.maxBytes() + " bytes");
        }
        FeedCharset.Decoded decoded = FeedCharset.decode(body, contentTypeHeader);
        FeedResult result = parseText(decoded.text(), feedUrl);
        return result instanceof FeedResult.Parsed(Feed feed)
                ? new FeedResult.Parsed(feed.withEncoding(decoded.encoding())) : result;
    }

    private FeedResult parseText(String text, String feedUrl) {
        int start = firstSignificant(text);
        if (start < 0) {
            return new FeedResult.Rejected("blank body");
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            return jsonReader.read(text.substring(start), feedUrl, limits.maxItems());
        }
        if (first != '<') {
            int lt = text.indexOf('<', start);
            if (lt < 0 || lt - start > MAX_LEADING_JUNK) {
                return new FeedResult.Rejected("neither XML nor JSON: starts with \"" + preview(text, start) + "\"");
            }
            start = lt;
        }
        // Junk before the XML declaration (a PHP warning, say) is skipped: the document starts there.
        int declaration = text.indexOf("<?xml", start);
        if (declaration > start && declaration - start <= MAX_LEADING_JUNK) {
            start = declaration;
        }
        return parseXml(XmlCleaner.clean(text, start), feedUrl);
    }

    private FeedResult parseXml(String xml, String feedUrl) {
        XmlElement root;
        try {
            root = strictReader.read(xml, new TreeBuilder(feedUrl, limits.maxDepth()));
        } catch (XMLStreamException e) {
            root = LenientXmlReader.read(xml, new TreeBuilder(feedUrl, limits.maxDepth()));
        }
        return read(root);
    }

    /** The feed in an element tree, whichever XML reader built it. */
    FeedResult read(XmlElement root) {
        if (root == null) {
            return new FeedResult.Rejected("not a feed: no XML element");
        }
        String name = root.name.toLowerCase(Locale.ROOT);
        int maxItems = limits.maxItems();
        if (name.equals("rss")) {
            return parsed(RssReader.read(root, RssReader.version(root.attribute("version")), maxItems));
        }
        if (name.equals("rdf") && (root.namespace.equals(Namespaces.RDF) || root.namespace.isEmpty())) {
            return parsed(RssReader.read(root, rdfVersion(root), maxItems));
        }
        if (name.equals("channel")) { // an RSS feed without its <rss>, or CDF
            return parsed(RssReader.read(root, isCdf(root) ? FeedFormat.CDF : FeedFormat.RSS_20, maxItems));
        }
        if (name.equals("feed") && (Namespaces.isAtom(root.namespace) || root.namespace.isEmpty())) {
            return parsed(AtomReader.read(root, atomVersion(root), maxItems));
        }
        if (name.equals("html") || name.equals("body") || name.equals("head")) {
            return new FeedResult.Rejected("not a feed: an HTML page");
        }
        return new FeedResult.Rejected("not a feed: the root element is <" + root.name + ">");
    }

    private static FeedResult parsed(Feed feed) {
        return new FeedResult.Parsed(feed);
    }

    /** CDF says where things are with HREF attributes on the channel and its items. */
    private static boolean isCdf(XmlElement root) {
        if (root.attribute("href") != null || root.attribute("lastmod") != null) {
            return true;
        }
        for (XmlElement child : root.elements()) {
            if (child.name.equals("item") && child.attribute("href") != null) {
                return true;
            }
        }
        return false;
    }

    private static FeedFormat rdfVersion(XmlElement root) {
        for (XmlElement child : root.elements()) {
            if (child.namespace.equals(Namespaces.RSS_090)) {
                return FeedFormat.RSS_090;
            }
        }
        return FeedFormat.RSS_10;
    }

    private static FeedFormat atomVersion(XmlElement root) {
        String version = root.attribute("version");
        boolean atom03 = root.namespace.equals(Namespaces.ATOM_03)
                || (root.namespace.isEmpty() && version != null && version.strip().startsWith("0."));
        return atom03 ? FeedFormat.ATOM_03 : FeedFormat.ATOM_10;
    }

    /** The index of the first character that is not whitespace or a byte-order mark, or -1. */
    private static int firstSignificant(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u00A0' && c != 0) {
                return i;
            }
        }
        return -1;
    }

    private static String preview(String text, int start) {
        return PlainText.oneLine(text.substring(start, Math.min(text.length(), start + 40)));
    }
}
