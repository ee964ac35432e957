package org.parallax.feeds;

import static org.parallax.feeds.Namespaces.DC;
import static org.parallax.feeds.Namespaces.DCTERMS;
import static org.parallax.feeds.Namespaces.FEEDBURNER;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Atom 1.0 and 0.3 from the element tree. Atom 0.3's names (issued, modified, created,
 * tagline) are read beside 1.0's; entries without an author inherit the feed's, as the spec says.
 */
final class AtomReader {
    private final XmlElement root;
    private final String ns;

    private AtomReader(XmlElement root) {
        this.root = root;
        this.ns = root.namespace;
    }

    static Feed read(XmlElement root, FeedFormat format, int maxItems) {
        return new AtomReader(root).feed(format, maxItems);
    }

    private Feed feed(FeedFormat format, int maxItems) {
        String title = TextValue.atom(root.first(ns, "title")).plain();
        String language = Fields.language(root.lang, Fields.text(root.first(DC, "language")));
        var updated = Fields.firstDate(root.last(ns, "updated"), root.last(ns, "modified"),
                root.first(DC, "date"), root.first(DCTERMS, "modified"));
        EntryFields feedAuthors = new EntryFields();
        Fields.atomAuthors(root, ns, feedAuthors);
        String inheritedAuthor = feedAuthors.build().author();
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlElement child : root.elements()) {
            if (child.is(ns, "entry")) {
                if (entries.size() >= maxItems) {
                    break;
                }
                entries.add(entry(child, inheritedAuthor));
            }
        }
        return new Feed(format, title, Fields.atomAlternate(root, ns), language, updated,
                Fields.ttl(null, root), entries, null);
    }

    private FeedEntry entry(XmlElement element, String inheritedAuthor) {
        EntryFields entry = new EntryFields();
        entry.id(Fields.text(element.first(ns, "id")));
        XmlElement origLink = element.first(FEEDBURNER, "origlink");
        if (origLink != null) {
            entry.link(FeedUrls.link(origLink.base, origLink.text()));
        }
        entry.link(Fields.atomAlternate(element, ns));
        entry.title(TextValue.atom(element.first(ns, "title")).plain());
        entry.title(Fields.plainIfMarkup(element.first(DC, "title")));
        entry.title(Fields.plainIfMarkup(Fields.media(element, "title")));
        entry.published(Fields.firstDate(element.first(ns, "published"), element.first(ns, "issued"),
                element.first(DCTERMS, "issued"), element.first(ns, "created"), element.first(DCTERMS, "created"),
                element.first(DC, "date")));
        // Of several <updated> in one entry, the last counts.
        entry.updated(Fields.firstDate(element.last(ns, "updated"), element.last(ns, "modified"),
                element.last(DCTERMS, "modified")));

        Fields.atomAuthors(element, ns, entry);
        if (!entry.hasAuthor()) {
            Fields.otherAuthors(element, entry);
        }
        for (XmlElement child : element.elements()) {
            if (child.is(ns, "category")) {
                entry.category(Fields.atomCategory(child));
            } else if (child.is(DC, "subject")) {
                entry.category(Fields.plainIfMarkup(child));
            }
        }
        XmlElement source = element.first(ns, "source");
        if (!entry.hasAuthor() && source != null) {
            Fields.atomAuthors(source, ns, entry);
        }
        if (!entry.hasAuthor()) {
            entry.author(inheritedAuthor);
        }

        entry.summary(TextValue.atom(element.first(ns, "summary")).plain());
        entry.summary(Fields.htmlText(element.first(DC, "description")));
        entry.summary(Fields.htmlText(Fields.media(element, "description"))); // YouTube: media:group
        XmlElement content = element.first(ns, "content");
        if (content != null) {
            entry.contentHtml(Fields.atomContentHtml(content));
        }
        return entry.build();
    }
}
