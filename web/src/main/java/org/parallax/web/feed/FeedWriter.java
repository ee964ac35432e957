package org.parallax.web.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.web.edition.EditionStory;

/**
 * Atom 1.0 (RFC 4287) and RSS 2.0 documents of stories, each entry carrying its brief as HTML: the
 * facts with the outlets that report them, the narratives with their outlet, the coverage. Written
 * with StAX, which escapes text and attributes.
 */
public final class FeedWriter {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param base    the absolute origin, e.g. {@code https://news.example}
     * @param self    this feed's path and query
     * @param page    the HTML page the feed follows, path and query
     * @param updated the latest change of the stories
     */
    public record Channel(String base, String title, String self, String page, Instant updated) {
    }

    private FeedWriter() {
    }

    public static String atom(Channel channel, List<EditionStory> stories) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", channel.title() + " · Parallax");
            element(xml, "id", channel.base() + channel.self());
            element(xml, "updated", channel.updated().toString());
            link(xml, "self", "application/atom+xml", channel.base() + channel.self());
            link(xml, "alternate", "text/html", channel.base() + channel.page());
            xml.writeStartElement("author");
            element(xml, "name", "Parallax");
            xml.writeEndElement();
            element(xml, "generator", "Parallax");
            for (EditionStory story : stories) {
                xml.writeStartElement("entry");
                element(xml, "title", story.title());
                element(xml, "id", channel.base() + "/stories/" + story.id());
                link(xml, "alternate", "text/html", channel.base() + "/stories/" + story.id());
                element(xml, "published", story.firstSeen().toString());
                element(xml, "updated", story.brief().composedAt().isAfter(story.lastSeen())
                        ? story.brief().composedAt().toString() : story.lastSeen().toString());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", story.topicSlug());
                xml.writeAttribute("label", story.topic().label());
                element(xml, "summary", story.lead());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(clean(briefHtml(story, channel.base())));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    public static String rss(Channel channel, List<EditionStory> stories) {
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            element(xml, "title", channel.title() + " · Parallax");
            element(xml, "link", channel.base() + channel.page());
            element(xml, "description", "Stories from outlets across the spectrum, each brief sourced sentence by sentence.");
            element(xml, "lastBuildDate", rfc822.format(channel.updated()));
            element(xml, "generator", "Parallax");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeAttribute("href", channel.base() + channel.self());
            for (EditionStory story : stories) {
                String url = channel.base() + "/stories/" + story.id();
                xml.writeStartElement("item");
                element(xml, "title", story.title());
                element(xml, "link", url);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(url);
                xml.writeEndElement();
                element(xml, "pubDate", rfc822.format(story.lastSeen()));
                element(xml, "category", story.topic().label());
                element(xml, "description", briefHtml(story, channel.base()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** The brief as a small HTML document, escaped here (the feed's XML escapes it once more). */
    static String briefHtml(EditionStory story, String base) {
        Brief brief = story.brief();
        StringBuilder html = new StringBuilder();
        if (!brief.facts().isEmpty()) {
            html.append("<h3>Facts</h3><ul>");
            for (Fact fact : brief.facts()) {
                html.append("<li>").append(escape(fact.text()));
                List<String> outlets = fact.sources().stream().map(s -> s.outletName()).distinct().toList();
                if (!outlets.isEmpty()) {
                    html.append(" <em>(").append(escape(String.join(", ", outlets))).append(")</em>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        for (Narrative narrative : brief.narratives()) {
            html.append("<h3>").append(escape(narrative.label())).append("</h3><p>").append(escape(narrative.text()))
                    .append(" <em>(").append(escape(narrative.source().outletName())).append(")</em></p>");
        }
        if (brief.narratives().isEmpty() && brief.missingView() != null) {
            html.append("<p><em>").append(escape(brief.missingView())).append("</em></p>");
        }
        html.append("<p>Coverage: ").append(escape(story.leftRight().summary())).append(" · <a href=\"")
                .append(escape(base + "/stories/" + story.id())).append("\">Full brief and sources</a></p>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** Characters XML 1.0 forbids (control characters from outside text) are dropped. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
