package org.parallax.core.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parallax.core.model.Article;
import org.parallax.core.model.Outlet;

/**
 * The news agencies whose copy other outlets carry. An article is wire copy when its outlet is a
 * wire service or its byline credits one ("By Jane Doe, Associated Press", "Reuters"): carried by
 * several outlets, it is still one source.
 */
public final class WireServices {

    /** A wire service: its short name, its web domain, and how a byline or outlet name spells it. */
    public record Wire(String name, String domain, Pattern spelling) {
    }

    // Checked in order (AAP before AP). Abbreviations match in capitals only, as bylines write them ("(?-i:AP)"); names in any case.
    private static final List<Wire> WIRES = List.of(
            wire("AAP", "aap.com.au", "australian\\s+associated\\s+press|\\b(?-i:AAP)\\b"),
            wire("AP", "apnews.com", "associated\\s+press|\\b(?-i:AP)\\b"),
            wire("Reuters", "reuters.com", "\\breuters\\b"),
            wire("AFP", "afp.com", "agence\\s+france[-\\s]presse|\\b(?-i:AFP)\\b"),
            wire("UPI", "upi.com", "united\\s+press\\s+international|\\b(?-i:UPI)\\b"),
            wire("PA Media", "pamediagroup.com", "\\bPA\\s+Media\\b|\\bpress\\s+association\\b"),
            wire("dpa", "dpa.com", "deutsche\\s+presse[-\\s]agentur|\\b(?-i:dpa)\\b"),
            wire("Bloomberg", "bloomberg.com", "\\bbloomberg\\s+news\\b"),
            wire("Xinhua", "xinhuanet.com", "\\bxinhua\\b"));

    private WireServices() {
    }

    private static Wire wire(String name, String domain, String spelling) {
        return new Wire(name, domain, Pattern.compile(spelling, Pattern.CASE_INSENSITIVE));
    }

    /** Every wire service Parallax recognises. */
    public static List<Wire> all() {
        return WIRES;
    }

    /** The wire service the article is copy of: its outlet's, else the one its byline credits. */
    public static Optional<Wire> of(Article article, Outlet outlet) {
        Optional<Wire> byOutlet = ofOutlet(outlet);
        return byOutlet.isPresent() ? byOutlet : ofByline(article.byline());
    }

    /** The wire service the outlet is (by domain or name), or empty. */
    public static Optional<Wire> ofOutlet(Outlet outlet) {
        String domain = outlet.domain() == null ? "" : outlet.domain().toLowerCase(Locale.ROOT);
        for (Wire wire : WIRES) {
            if (domain.equals(wire.domain()) || domain.endsWith("." + wire.domain())) {
                return Optional.of(wire);
            }
        }
        String name = outlet.name().strip().replaceFirst("(?i)^the\\s+", "");
        for (Wire wire : WIRES) {
            if (wire.spelling().matcher(name).matches() || name.equalsIgnoreCase(wire.name())) {
                return Optional.of(wire);
            }
        }
        return Optional.empty();
    }

    /** The wire service a byline credits ("By Zeke Miller, Associated Press"), or empty. */
    public static Optional<Wire> ofByline(String byline) {
        if (byline == null) {
            return Optional.empty();
        }
        for (Wire wire : WIRES) {
            if (wire.spelling().matcher(byline).find()) {
                return Optional.of(wire);
            }
        }
        return Optional.empty();
    }
}
