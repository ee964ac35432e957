package org.parallax.feeds;

import static org.parallax.feeds.Namespaces.ATOM_03;
import static org.parallax.feeds.Namespaces.ATOM_10;
import static org.parallax.feeds.Namespaces.SY;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.extract.text.LanguageTags;

/** Reading single values out of feed elements, shared by the RSS and Atom readers. */
final class Fields {
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*[<(]\\s*\\S+@\\S+\\s*[>)]$");
    private static final long MAX_TTL_MINUTES = 60L * 24 * 30;

    private Fields() {
    }

    static String text(XmlElement element) {
        return element == null ? null : element.text().strip();
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** A field that may hold plain text or HTML (RSS titles, authors, categories). */
    static String plainIfMarkup(XmlElement element) {
        if (element == null) {
            return "";
        }
        return element.hasElements() ? HtmlText.plain(element.markup()) : HtmlText.plainIfMarkup(element.text());
    }

    /** A field that holds HTML (RSS descriptions). */
    static String htmlText(XmlElement element) {
        return element == null ? "" : HtmlText.plain(element.markup());
    }

    /** The first of the candidates that is a well-formed language code, as BCP 47. */
    static String language(String... candidates) {
        for (String candidate : candidates) {
            var tag = LanguageTags.normalize(candidate);
            if (tag.isPresent()) {
                return tag.get();
            }
        }
        return null;
    }

    /** The first date among the elements that parses; absent elements are skipped. */
    static Instant firstDate(XmlElement... elements) {
        for (XmlElement element : elements) {
            if (element != null) {
                Instant date = FeedDates.parse(element.text());
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Media RSS: the element directly in the item, else in its media:group (YouTube puts it there). */
    static XmlElement media(XmlElement item, String localName) {
        XmlElement direct = item.first(Namespaces.MEDIA, localName);
        if (direct != null) {
            return direct;
        }
        XmlElement group = item.first(Namespaces.MEDIA, "group");
        return group == null ? null : group.first(Namespaces.MEDIA, localName);
    }

    /** Authors the Dublin Core way (dc:creator, and the dc:author some feeds write) and Media RSS credits. */
    static void otherAuthors(XmlElement item, EntryFields entry) {
        for (XmlElement child : item.elements()) {
            if (child.is(Namespaces.DC, "creator") || child.is(Namespaces.DC, "author")) {
                entry.author(person(plainIfMarkup(child)));
            }
        }
        if (!entry.hasAuthor()) {
            XmlElement credit = media(item, "credit");
            String role = credit == null ? null : strip(credit.attribute("role"));
            if (credit != null && (role == null || role.equalsIgnoreCase("author") || role.equalsIgnoreCase("writer"))) {
                entry.author(person(plainIfMarkup(credit)));
            }
        }
    }

    /** RSS ttl (minutes), else the syndication module's period divided by its frequency. */
    static Duration ttl(XmlElement ttl, XmlElement channel) {
        String minutes = text(ttl);
        if (minutes != null && minutes.matches("\\d{1,6}")) {
            long value = Long.parseLong(minutes);
            return value > 0 && value <= MAX_TTL_MINUTES ? Duration.ofMinutes(value) : null;
        }
        String period = text(channel.first(SY, "updateperiod"));
        if (period == null) {
            return null;
        }
        Duration length = switch (period.toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        String frequency = text(channel.first(SY, "updatefrequency"));
        long times = frequency != null && frequency.matches("\\d{1,4}") ? Math.max(1, Long.parseLong(frequency)) : 1;
        return length == null ? null : length.dividedBy(times);
    }

    /**
     * The href of the first alternate Atom link (rel absent or "alternate") among the children.
     *
     * @param ns the links' namespace, or null for either Atom namespace (Atom links inside RSS)
     */
    static String atomAlternate(XmlElement parent, String ns) {
        for (XmlElement child : parent.elements()) {
            boolean atomLink = ns == null ? Namespaces.isAtom(child.namespace) : child.namespace.equals(ns);
            if (atomLink && child.name.equals("link") && isAlternate(child.attribute("rel"))) {
                String link = FeedUrls.link(child.base, child.attribute("href"));
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /** Atom's default relation: no rel, or rel="alternate". */
    static boolean isAlternate(String rel) {
        return rel == null || rel.isBlank() || rel.strip().equalsIgnoreCase("alternate");
    }

    static String atomCategory(XmlElement category) {
        String label = strip(category.attribute("label"));
        String value = label == null || label.isEmpty() ? strip(category.attribute("term")) : label;
        return value == null || value.isEmpty() ? HtmlText.plainIfMarkup(category.text()) : HtmlText.plainIfMarkup(value);
    }

    /** Adds the names of the Atom authors among the children (in the given Atom namespace). */
    static void atomAuthors(XmlElement parent, String ns, EntryFields entry) {
        for (XmlElement child : parent.elements()) {
            if (child.is(ns, "author") || (ns.equals(ATOM_10) && child.is(ATOM_03, "author"))) {
                XmlElement name = child.first(child.namespace, "name");
                String value = name != null ? plainIfMarkup(name) : child.hasElements() ? "" : plainIfMarkup(child);
                if (value.isEmpty()) {
                    value = plainIfMarkup(child.first(child.namespace, "email"));
                }
                entry.author(value);
            }
        }
    }

    /** Atom content as HTML: null for out-of-line (src) and binary content. */
    static String atomContentHtml(XmlElement content) {
        if (content.attribute("src") != null) {
            return null;
        }
        String type = content.attribute("type");
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        boolean textual = t.isEmpty() || t.equals("text") || t.equals("html") || t.equals("xhtml")
                || t.startsWith("text/") || t.endsWith("+xml") || t.endsWith("/xml");
        if (!textual) {
            return null;
        }
        TextValue value = TextValue.atom(content);
        return value.isEmpty() ? null : FeedUrls.resolveInHtml(value.asHtml(), content.base);
    }

    /** A display name from "email (Name)", "Name &lt;email&gt;" or a plain name. */
    static String person(String text) {
        Matcher matcher = EMAIL_THEN_NAME.matcher(text);
        if (matcher.matches()) {
            return matcher.group(1).strip();
        }
        matcher = NAME_THEN_EMAIL.matcher(text);
        if (matcher.matches()) {
            return matcher.group(1).strip();
        }
        return text;
    }
}
