package org.parallax.ingest.outlets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.extract.url.UrlCanonicalizer;

/**
 * Reads the outlet registry: a UTF-8 text file, one outlet a line, ten fields separated by tabs
 * (name, domain, homepage, country, stance, establishment, paywall, ownership, news feeds,
 * opinion feeds); "-" for an empty field; lines starting with "#" and blank lines are comments.
 * See {@code ingest/OUTLET-REGISTRY.md}. A bad line is reported with its number and skipped.
 */
public final class RegistryFile {
    /** The registry shipped with Parallax. */
    public static final String BUILT_IN = "/org/parallax/ingest/outlets/outlets.tsv";
    /** Where the ratings of the built-in registry come from, shown to readers beside them. */
    public static final String PROVENANCE = "Parallax editors' starting estimate";

    private static final int FIELDS = 10;

    /** The outlets read, and the lines skipped with their reasons. */
    public record Contents(List<OutletEntry> outlets, List<String> problems) {
        public Contents {
            outlets = List.copyOf(outlets);
            problems = List.copyOf(problems);
        }
    }

    private RegistryFile() {
    }

    /** The registry shipped in Parallax's jar. */
    public static Contents builtIn() {
        InputStream in = RegistryFile.class.getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IllegalStateException("the outlet registry " + BUILT_IN + " is missing from the build");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, "outlets.tsv", PROVENANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source     the file's name, for problem reports
     * @param provenance the provenance given to the file's ratings
     */
    public static Contents read(Reader reader, String source, String provenance) throws IOException {
        List<OutletEntry> outlets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                OutletEntry entry = entry(line, provenance);
                if (!domains.add(entry.domain())) {
                    throw new IllegalArgumentException("domain " + entry.domain() + " is listed twice");
                }
                outlets.add(entry);
            } catch (IllegalArgumentException e) {
                problems.add(source + " line " + number + ": " + e.getMessage());
            }
        }
        return new Contents(outlets, problems);
    }

    private static OutletEntry entry(String line, String provenance) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new IllegalArgumentException("expected " + FIELDS + " tab-separated fields, found " + f.length);
        }
        String name = required(f[0], "name");
        String domain = domain(required(f[1], "domain"));
        String homepage = optional(f[2]).map(url -> webUrl(url, "homepage")).orElse(null);
        String country = optional(f[3]).map(RegistryFile::country).orElse(null);
        Rating stance = optional(f[4]).map(value -> rating(value, "stance", provenance)).orElse(null);
        Rating establishment = optional(f[5]).map(value -> rating(value, "establishment", provenance)).orElse(null);
        Boolean paywalled = optional(f[6]).map(RegistryFile::yesNo).orElse(null);
        Ownership ownership = optional(f[7]).map(value -> Ownership.parse(value)
                .orElseThrow(() -> new IllegalArgumentException("ownership must be private, public or state: " + value)))
                .orElse(null);
        List<FeedLink> feeds = new ArrayList<>();
        optional(f[8]).ifPresent(urls -> feeds(urls, ArticleKind.NEWS, feeds));
        optional(f[9]).ifPresent(urls -> feeds(urls, ArticleKind.OPINION, feeds));
        return new OutletEntry(name, domain, homepage, country, stance, establishment, paywalled, ownership, feeds);
    }

    private static void feeds(String urls, ArticleKind kind, List<FeedLink> into) {
        for (String url : urls.strip().split("\\s+")) {
            into.add(new FeedLink(webUrl(url, "feed"), kind));
        }
    }

    private static String required(String field, String what) {
        return optional(field).orElseThrow(() -> new IllegalArgumentException("the " + what + " is missing"));
    }

    private static Optional<String> optional(String field) {
        String value = field.strip();
        return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
    }

    /** A domain as outlets are keyed: lower case, no "www.", a host name with a dot. */
    public static String domain(String text) {
        String host = text.strip().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new IllegalArgumentException("not a domain name: " + text);
        }
        return host;
    }

    static String webUrl(String text, String what) {
        String url = text.strip();
        if (UrlCanonicalizer.canonicalize(url).isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is not an http(s) URL: " + url);
        }
        try {
            URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not a valid URL: " + url, e);
        }
        return url;
    }

    static String country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166 two-letter code: " + text);
        }
        return code;
    }

    static Rating rating(String text, String axis, String provenance) {
        try {
            double score = Double.parseDouble(text.strip());
            if (!(score >= -1 && score <= 1)) {
                throw new IllegalArgumentException(axis + " must be between -1 and 1: " + text);
            }
            return new Rating(score, provenance);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(axis + " is not a number: " + text, e);
        }
    }

    static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y" -> true;
            case "no", "false", "n" -> false;
            default -> throw new IllegalArgumentException("paywall must be yes or no: " + text);
        };
    }
}
