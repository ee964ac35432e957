package org.parallax.feeds;

import java.io.StringReader;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads well-formed XML with the JDK's StAX parser into a {@link TreeBuilder}. DTDs are not
 * supported and external entities are off, so no entity is ever expanded from a DOCTYPE and no
 * file or URL is ever opened; {@link XmlCleaner} has removed the DOCTYPE before this runs anyway.
 * The parser is not namespace-aware: {@link TreeBuilder} resolves prefixes, leniently.
 *
 * <p>Creating a JDK stream reader costs more than parsing a small feed, so each factory is set
 * to reuse its reader and factories are pooled, one per concurrent parse. A factory goes back to
 * the pool only after a clean parse, and is retired after {@link #MAX_USES} documents so that the
 * reader's name table cannot grow without bound.
 */
final class StrictXmlReader {
    private static final int MAX_USES = 1000;
    private static final int MAX_IDLE = 32;

    private final ConcurrentLinkedQueue<Pooled> idle = new ConcurrentLinkedQueue<>();

    private static final class Pooled {
        final XMLInputFactory factory = newFactory();
        int uses;
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty("reuse-instance", true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** The root element, or null when the document has none; throws when it is not well-formed. */
    XmlElement read(String xml, TreeBuilder builder) throws XMLStreamException {
        Pooled pooled = idle.poll();
        if (pooled == null) {
            pooled = new Pooled();
        }
        XMLStreamReader reader = pooled.factory.createXMLStreamReader(new StringReader(xml));
        boolean clean = false;
        try {
            copyEvents(reader, builder);
            // An XML 1.1 document switches the reader to its 1.1 scanner for good: not reused.
            clean = !"1.1".equals(reader.getVersion());
        } finally {
            reader.close();
            if (clean && ++pooled.uses < MAX_USES && idle.size() < MAX_IDLE) {
                idle.offer(pooled);
            }
        }
        return builder.root();
    }

    private static void copyEvents(XMLStreamReader reader, TreeBuilder builder) throws XMLStreamException {
        String[] attributes = new String[16];
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    int count = reader.getAttributeCount();
                    if (attributes.length < count * 2) {
                        attributes = new String[count * 2];
                    }
                    for (int i = 0; i < count; i++) {
                        String prefix = reader.getAttributePrefix(i);
                        String local = reader.getAttributeLocalName(i);
                        attributes[2 * i] = prefix == null || prefix.isEmpty() ? local : prefix + ':' + local;
                        attributes[2 * i + 1] = reader.getAttributeValue(i);
                    }
                    builder.start(qualifiedName(reader), attributes, count);
                }
                case XMLStreamConstants.END_ELEMENT -> builder.end(qualifiedName(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        builder.text(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> builder.text("&" + reader.getLocalName() + ";");
                default -> {
                    // comments, processing instructions, the DTD event: nothing to keep
                }
            }
        }
    }

    private static String qualifiedName(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        String local = reader.getLocalName();
        return prefix == null || prefix.isEmpty() ? local : prefix + ':' + local;
    }
}
