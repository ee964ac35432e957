package org.parallax.feeds;

import static org.parallax.feeds.Namespaces.ATOM_03;
import static org.parallax.feeds.Namespaces.ATOM_10;
import static org.parallax.feeds.Namespaces.CONTENT;
import static org.parallax.feeds.Namespaces.DC;
import static org.parallax.feeds.Namespaces.DCTERMS;
import static org.parallax.feeds.Namespaces.FEEDBURNER;
import static org.parallax.feeds.Namespaces.ITUNES;
import static org.parallax.feeds.Namespaces.RDF;
import static org.parallax.feeds.Namespaces.XHTML;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x, 1.0 (RDF) and 2.0 from the element tree, with the extensions news feeds use:
 * Dublin Core, content:encoded, Media RSS, iTunes, atom:link and friends, FeedBurner's origLink.
 * Lenient about structure: items directly under the root, and RSS elements in an unexpected
 * default namespace, are read too.
 */
final class RssReader {
    private final XmlElement root;
    private final String rootNamespace;

    private RssReader(XmlElement root) {
        this.root = root;
        this.rootNamespace = root.namespace;
    }

    static Feed read(XmlElement root, FeedFormat format, int maxItems) {
        return new RssReader(root).feed(format, maxItems);
    }

    private Feed feed(FeedFormat format, int maxItems) {
        XmlElement channel = root.name.equals("channel") ? root : core(root, "channel");
        if (channel == null) {
            channel = root;
        }
        String title = Fields.plainIfMarkup(core(channel, "title"));
        if (title.isEmpty()) {
            title = Fields.plainIfMarkup(channel.first(DC, "title"));
        }
        String language = Fields.language(Fields.text(core(channel, "language")), Fields.text(channel.first(DC, "language")),
                channel.lang);
        Instant updated = Fields.firstDate(core(channel, "lastbuilddate"), channel.first(DC, "date"),
                channel.first(DCTERMS, "modified"), core(channel, "pubdate"), channel.last(ATOM_10, "updated"));
        if (updated == null) {
            updated = FeedDates.parse(channel.attribute("lastmod")); // CDF
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlElement item : items(channel)) {
            if (entries.size() >= maxItems) {
                break;
            }
            entries.add(entry(item));
        }
        return new Feed(format, title, link(channel), language, updated,
                Fields.ttl(core(channel, "ttl"), channel), entries, null);
    }

    /** Items in the channel, then items beside it (RSS 1.0 puts them there; broken 2.0 feeds too). */
    private List<XmlElement> items(XmlElement channel) {
        List<XmlElement> items = new ArrayList<>();
        for (XmlElement child : channel.elements()) {
            if (isCore(child, "item")) {
                items.add(child);
            }
        }
        if (channel != root) {
            for (XmlElement child : root.elements()) {
                if (isCore(child, "item")) {
                    items.add(child);
                }
            }
        }
        return items;
    }

    /** The RSS link text (or href) of a channel or item, else its alternate atom:link. */
    private String link(XmlElement parent) {
        for (XmlElement child : parent.elements()) {
            if (isCore(child, "link")) {
                String link = FeedUrls.link(child.base, child.text());
                if (link == null && Fields.isAlternate(child.attribute("rel"))) {
                    link = FeedUrls.link(child.base, child.attribute("href")); // an Atom-style link in RSS
                }
                if (link != null) {
                    return link;
                }
            }
        }
        String alternate = Fields.atomAlternate(parent, null);
        return alternate != null || parent != root ? alternate : FeedUrls.link(parent.base, parent.attribute("href"));
    }

    private FeedEntry entry(XmlElement item) {
        EntryFields entry = new EntryFields();
        XmlElement guid = core(item, "guid");
        String guidText = Fields.text(guid);
        entry.id(guidText);
        XmlElement origLink = item.first(FEEDBURNER, "origlink");
        if (origLink != null) {
            entry.link(FeedUrls.link(origLink.base, origLink.text()));
        }
        entry.link(link(item));
        entry.link(FeedUrls.link(item.base, item.attribute("href"))); // CDF: <ITEM HREF="...">
        if (guid != null && !"false".equalsIgnoreCase(Fields.strip(guid.attribute("ispermalink")))) {
            entry.link(FeedUrls.link(null, guidText)); // a permalink guid, when it is a whole URL
        }
        entry.id(item.attribute(RDF, "about"));

        entry.title(Fields.plainIfMarkup(core(item, "title")));
        entry.title(Fields.plainIfMarkup(item.first(DC, "title")));
        entry.title(Fields.plainIfMarkup(Fields.media(item, "title")));

        entry.published(Fields.firstDate(core(item, "pubdate"), item.first(DCTERMS, "issued"),
                item.first(ATOM_10, "published"), item.first(ATOM_03, "issued"), item.first(DCTERMS, "created"),
                item.first(DC, "date")));
        entry.updated(Fields.firstDate(item.last(ATOM_10, "updated"), item.last(ATOM_03, "modified"),
                item.last(DCTERMS, "modified"), item.last(DC, "date")));
        entry.updated(FeedDates.parse(item.attribute("lastmod"))); // CDF

        for (XmlElement child : item.elements()) {
            if (isCore(child, "author")) {
                entry.author(Fields.person(Fields.plainIfMarkup(child)));
            } else if (isCore(child, "category") || child.is(DC, "subject")) {
                entry.category(Fields.plainIfMarkup(child));
            } else if (child.is(ATOM_10, "category")) {
                entry.category(Fields.atomCategory(child));
            }
        }
        if (!entry.hasAuthor()) {
            Fields.otherAuthors(item, entry);
        }
        if (!entry.hasAuthor()) {
            entry.author(Fields.plainIfMarkup(item.first(ITUNES, "author")));
            Fields.atomAuthors(item, ATOM_10, entry);
        }

        entry.summary(Fields.htmlText(core(item, "description")));
        entry.summary(Fields.htmlText(item.first(DC, "description")));
        entry.summary(Fields.htmlText(item.first(ITUNES, "summary")));
        entry.summary(Fields.htmlText(item.first(ITUNES, "subtitle")));
        entry.summary(Fields.htmlText(Fields.media(item, "description")));
        entry.summary(TextValue.atom(item.first(ATOM_10, "summary")).plain());
        entry.summary(Fields.htmlText(core(item, "abstract"))); // CDF

        XmlElement encoded = item.first(CONTENT, "encoded");
        if (encoded != null) {
            entry.contentHtml(FeedUrls.resolveInHtml(encoded.markup(), encoded.base));
        }
        XmlElement atomContent = item.first(ATOM_10, "content");
        if (atomContent != null) {
            entry.contentHtml(Fields.atomContentHtml(atomContent));
        }
        XmlElement body = item.first(XHTML, "body");
        if (body != null) {
            entry.contentHtml(FeedUrls.resolveInHtml(body.innerXml(), body.base));
        }
        return entry.build();
    }

    private XmlElement core(XmlElement parent, String name) {
        for (XmlElement child : parent.elements()) {
            if (isCore(child, name)) {
                return child;
            }
        }
        return null;
    }

    private boolean isCore(XmlElement element, String name) {
        return element.name.equals(name)
                && (Namespaces.isRss(element.namespace) || element.namespace.equals(rootNamespace));
    }

    /** The RSS version family of an {@code <rss>} root's version attribute. */
    static FeedFormat version(String attribute) {
        String version = attribute == null ? "" : attribute.strip().toLowerCase(Locale.ROOT);
        if (version.startsWith("0.91")) {
            return FeedFormat.RSS_091;
        }
        if (version.startsWith("0.92") || version.startsWith("0.93") || version.startsWith("0.94")) {
            return FeedFormat.RSS_092;
        }
        if (version.equals("0.9") || version.startsWith("0.90")) {
            return FeedFormat.RSS_090;
        }
        return FeedFormat.RSS_20;
    }
}
