package org.parallax.ingest.outlets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.extract.url.UrlCanonicalizer;

/**
 * OPML 2.0 subscription lists, the format feed readers exchange. Export writes one folder outline
 * per outlet with its feeds inside, and keeps Parallax's own fields (domain, country, ratings
 * with their provenance, paywall, ownership) in attributes of the {@value #NAMESPACE} namespace,
 * which other readers ignore. Import reads such files and plain ones from any feed reader: each
 * {@code type="rss"} outline (or any outline with an {@code xmlUrl}) is a feed; feeds are grouped
 * into outlets by the domain of their site ({@code htmlUrl}, else the feed's own host). A feed is
 * an opinion feed when its category, or a folder it sits in, says "opinion" or "comment".
 * Parsed with DTDs and external entities off.
 */
public final class Opml {
    public static final String NAMESPACE = "urn:parallax:opml:1";
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The outlets an OPML file lists, and the outlines skipped with their reasons. */
    public record Contents(List<OutletEntry> outlets, List<String> problems) {
        public Contents {
            outlets = List.copyOf(outlets);
            problems = List.copyOf(problems);
        }
    }

    private Opml() {
    }

    public static void write(List<OutletEntry> outlets, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("parallax", NAMESPACE);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters("Parallax outlets");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (OutletEntry outlet : outlets) {
                writeOutlet(xml, outlet);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write OPML: " + e.getMessage(), e);
        }
    }

    private static void writeOutlet(XMLStreamWriter xml, OutletEntry outlet) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("outline");
        xml.writeAttribute("text", outlet.name());
        xml.writeAttribute("title", outlet.name());
        if (outlet.homepage() != null) {
            xml.writeAttribute("htmlUrl", outlet.homepage());
        }
        xml.writeAttribute(NAMESPACE, "domain", outlet.domain());
        if (outlet.country() != null) {
            xml.writeAttribute(NAMESPACE, "country", outlet.country());
        }
        writeRating(xml, "stance", outlet.stance());
        writeRating(xml, "establishment", outlet.establishment());
        if (outlet.paywalled() != null) {
            xml.writeAttribute(NAMESPACE, "paywall", outlet.paywalled() ? "yes" : "no");
        }
        if (outlet.ownership() != null) {
            xml.writeAttribute(NAMESPACE, "ownership", outlet.ownership().name().toLowerCase(Locale.ROOT));
        }
        for (FeedLink feed : outlet.feeds()) {
            String kind = feed.kind().name().toLowerCase(Locale.ROOT);
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("outline");
            xml.writeAttribute("type", "rss");
            xml.writeAttribute("text", outlet.name() + " (" + kind + ")");
            xml.writeAttribute("xmlUrl", feed.url());
            if (outlet.homepage() != null) {
                xml.writeAttribute("htmlUrl", outlet.homepage());
            }
            xml.writeAttribute("category", kind);
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void writeRating(XMLStreamWriter xml, String axis, Rating rating) throws XMLStreamException {
        if (rating != null) {
            xml.writeAttribute(NAMESPACE, axis, String.valueOf(rating.score()));
            xml.writeAttribute(NAMESPACE, axis + "-provenance", rating.provenance());
        }
    }

    /** Reads an OPML document; a document that is not OPML at all gives one problem and no outlets. */
    public static Contents read(byte[] document, String source) {
        List<String> problems = new ArrayList<>();
        if (document.length > MAX_BYTES) {
            return new Contents(List.of(), List.of(source + ": larger than " + MAX_BYTES + " bytes"));
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, Builder> outlets = new LinkedHashMap<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            xml.nextTag();
            if (!xml.getLocalName().equals("opml")) {
                return new Contents(List.of(), List.of(source + ": not OPML (root element <" + xml.getLocalName() + ">)"));
            }
            Deque<Outline> folders = new ArrayDeque<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("outline")) {
                    Outline outline = Outline.of(xml);
                    if (outline.xmlUrl() != null) {
                        addFeed(outline, folders, outlets, problems, source, xml.getLocation().getLineNumber());
                    }
                    folders.push(outline);
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("outline")) {
                    folders.pop();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            problems.add(source + ": malformed OPML: " + String.valueOf(e.getMessage()).lines().reduce((a, b) -> b)
                    .orElse(""));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held beyond the byte array
                }
            }
        }
        return new Contents(outlets.values().stream().map(Builder::build).toList(), problems);
    }

    private static void addFeed(Outline feed, Deque<Outline> folders, Map<String, Builder> outlets,
                                List<String> problems, String source, int line) {
        Outline outletFolder = folders.stream().filter(f -> f.domain() != null).findFirst().orElse(null);
        String site = feed.htmlUrl() != null ? feed.htmlUrl()
                : outletFolder != null && outletFolder.htmlUrl() != null ? outletFolder.htmlUrl() : feed.xmlUrl();
        try {
            String feedUrl = RegistryFile.webUrl(feed.xmlUrl(), "feed");
            String domain = outletFolder != null ? RegistryFile.domain(outletFolder.domain())
                    : UrlCanonicalizer.domain(site).map(RegistryFile::domain)
                            .orElseThrow(() -> new IllegalArgumentException("no site address: " + site));
            Builder outlet = outlets.computeIfAbsent(domain, d -> new Builder(d, outletFolder != null ? outletFolder : feed));
            boolean opinion = isOpinion(feed.category()) || folders.stream().anyMatch(
                    f -> f.domain() == null && (isOpinion(f.text()) || isOpinion(f.category())));
            outlet.feeds.add(new FeedLink(feedUrl, opinion ? ArticleKind.OPINION : ArticleKind.NEWS));
        } catch (IllegalArgumentException e) {
            problems.add(source + " line " + line + ": " + e.getMessage());
        }
    }

    private static boolean isOpinion(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("opinion") || lower.contains("comment") || lower.contains("editorial");
    }

    /** The attributes of one outline element. */
    private record Outline(String text, String xmlUrl, String htmlUrl, String category, String domain,
                           String country, String stance, String stanceProvenance, String establishment,
                           String establishmentProvenance, String paywall, String ownership) {
        static Outline of(XMLStreamReader xml) {
            String text = attr(xml, null, "text");
            return new Outline(text != null ? text : attr(xml, null, "title"), attr(xml, null, "xmlUrl"),
                    attr(xml, null, "htmlUrl"), attr(xml, null, "category"), attr(xml, NAMESPACE, "domain"),
                    attr(xml, NAMESPACE, "country"), attr(xml, NAMESPACE, "stance"),
                    attr(xml, NAMESPACE, "stance-provenance"), attr(xml, NAMESPACE, "establishment"),
                    attr(xml, NAMESPACE, "establishment-provenance"), attr(xml, NAMESPACE, "paywall"),
                    attr(xml, NAMESPACE, "ownership"));
        }

        private static String attr(XMLStreamReader xml, String namespace, String name) {
            String value = xml.getAttributeValue(namespace, name);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** An outlet being assembled from its outline (Parallax's own export) or its first feed. */
    private static final class Builder {
        final String domain;
        final Outline source;
        final List<FeedLink> feeds = new ArrayList<>();

        Builder(String domain, Outline source) {
            this.domain = domain;
            this.source = source;
        }

        OutletEntry build() {
            String name = source.text() != null ? source.text() : domain;
            return new OutletEntry(name, domain, homepage(), country(), rating(source.stance(), source.stanceProvenance(),
                    "stance"), rating(source.establishment(), source.establishmentProvenance(), "establishment"),
                    paywall(), Ownership.parse(source.ownership()).orElse(null), feeds);
        }

        private String homepage() {
            if (source.htmlUrl() == null) {
                return null;
            }
            try {
                return RegistryFile.webUrl(source.htmlUrl(), "homepage");
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private String country() {
            try {
                return source.country() == null ? null : RegistryFile.country(source.country());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private Boolean paywall() {
            try {
                return source.paywall() == null ? null : RegistryFile.yesNo(source.paywall());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static Rating rating(String score, String provenance, String axis) {
            if (score == null) {
                return null;
            }
            try {
                return RegistryFile.rating(score, axis, Optional.ofNullable(provenance).orElse("OPML import"));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
