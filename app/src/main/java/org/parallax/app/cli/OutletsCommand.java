package org.parallax.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parallax.app.wiring.Databases;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.ingest.outlets.Opml;
import org.parallax.ingest.outlets.RegistryFile;
import org.parallax.store.Database;
import org.parallax.store.OutletRegistryRepository;
import org.parallax.store.OutletRegistryRepository.Removal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax outlets ...}: the outlets Parallax reads, and their feeds. */
@Command(name = "outlets", description = "List, add and remove outlets; import and export them as OPML.",
        subcommands = {OutletsCommand.ListOutlets.class, OutletsCommand.AddOutlet.class,
                OutletsCommand.RemoveOutlet.class, OutletsCommand.ExportOpml.class, OutletsCommand.ImportOpml.class,
                CommandLine.HelpCommand.class})
public final class OutletsCommand implements Runnable {
    /** The provenance of ratings given on the command line. */
    static final String OPERATOR = "set by this Parallax's operator";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "list", description = "Every outlet: id, name, domain, country, stance, establishment, feeds.")
    static final class ListOutlets extends DataCommand {
        @Override
        public Integer call() {
            try (Database db = Databases.readOnly(config())) {
                List<Outlet> outlets = db.outlets().all();
                System.out.printf("%5s  %-34s %-28s %-2s %6s %6s %5s  %s%n", "id", "name", "domain", "cc", "stance",
                        "estab.", "feeds", "notes");
                for (Outlet outlet : outlets) {
                    var profile = db.registry().profile(outlet.id()).orElseThrow();
                    List<String> notes = new ArrayList<>();
                    if (profile.ownership() == Ownership.STATE || profile.ownership() == Ownership.PUBLIC) {
                        notes.add(profile.ownership().label().toLowerCase(Locale.ROOT));
                    }
                    if (Boolean.TRUE.equals(profile.paywalled())) {
                        notes.add("paywall");
                    }
                    System.out.printf("%5d  %-34s %-28s %-2s %6s %6s %5d  %s%n", outlet.id(), cut(outlet.name(), 34),
                            cut(outlet.domain() == null ? "-" : outlet.domain(), 28),
                            outlet.country() == null ? "-" : outlet.country(), score(outlet.stance()),
                            score(outlet.establishment()), outlet.feeds().size(), String.join(", ", notes));
                }
                System.out.println(outlets.size() + " outlets");
                return 0;
            }
        }

        private static String score(Rating rating) {
            return rating == null ? "-" : String.format(Locale.ROOT, "%+.2f", rating.score());
        }

        private static String cut(String text, int width) {
            return text.length() <= width ? text : text.substring(0, width - 1) + "…";
        }
    }

    @Command(name = "add", description = {"Add an outlet, or change the one with this domain (the options given",
            "replace its fields; feeds are added)."})
    static final class AddOutlet extends DataCommand {
        @Option(names = "--name", required = true, description = "The outlet's name.")
        String name;

        @Option(names = "--domain", required = true, description = "Its domain, e.g. example.com (the outlet's key).")
        String domain;

        @Option(names = "--feed", paramLabel = "URL", description = "A news feed (repeatable).")
        List<String> feeds = new ArrayList<>();

        @Option(names = "--opinion-feed", paramLabel = "URL", description = "An opinion feed (repeatable).")
        List<String> opinionFeeds = new ArrayList<>();

        @Option(names = "--homepage", paramLabel = "URL", description = "Its home page.")
        String homepage;

        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 two-letter country code.")
        String country;

        @Option(names = "--stance", paramLabel = "SCORE", description = "Left-right, -1 (left) to +1 (right).")
        Double stance;

        @Option(names = "--establishment", paramLabel = "SCORE",
                description = "-1 (critical of established power) to +1 (aligned with it).")
        Double establishment;

        @Option(names = "--paywall", paramLabel = "yes|no", description = "Whether most articles are paywalled.")
        String paywall;

        @Option(names = "--ownership", paramLabel = "KIND", description = "private, public or state.")
        String ownership;

        @Override
        public Integer call() {
            List<FeedLink> links = new ArrayList<>();
            feeds.forEach(url -> links.add(new FeedLink(url(url, "--feed"), ArticleKind.NEWS)));
            opinionFeeds.forEach(url -> links.add(new FeedLink(url(url, "--opinion-feed"), ArticleKind.OPINION)));
            OutletEntry entry = new OutletEntry(name, RegistryFile.domain(domain),
                    homepage == null ? null : url(homepage, "--homepage"), country,
                    stance == null ? null : rating(stance, "--stance"),
                    establishment == null ? null : rating(establishment, "--establishment"),
                    paywall == null ? null : yesNo(paywall),
                    ownership == null ? null : Ownership.parse(ownership).orElseThrow(
                            () -> new IllegalArgumentException("--ownership must be private, public or state")),
                    links);
            if (entry.country() != null && !entry.country().matches("(?i)[a-z]{2}")) {
                throw new IllegalArgumentException("--country must be a two-letter code: " + country);
            }
            try (Database db = Databases.withOutlets(config(), InstantSource.system())) {
                OutletRegistryRepository registry = db.registry();
                boolean existed = registry.idByDomain(entry.domain()).isPresent();
                long id = registry.add(entry, InstantSource.system().instant());
                Outlet outlet = db.outlets().find(id).orElseThrow();
                System.out.printf("%s outlet %d: %s (%s), %d feeds%n", existed ? "updated" : "added", id, outlet.name(),
                        outlet.domain(), outlet.feeds().size());
                return 0;
            }
        }

        private static String url(String url, String option) {
            String value = url.strip();
            if (!value.matches("(?i)https?://[^\\s/]+.*")) {
                throw new IllegalArgumentException(option + " must be an http(s) URL: " + url);
            }
            return value;
        }

        private static Rating rating(double score, String option) {
            if (!(score >= -1 && score <= 1)) {
                throw new IllegalArgumentException(option + " must be between -1 and 1");
            }
            return new Rating(score, OPERATOR);
        }

        private static boolean yesNo(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new IllegalArgumentException("--paywall must be yes or no");
            };
        }
    }

    @Command(name = "remove", description = {"Remove an outlet and its feeds. An outlet that articles refer to",
            "is kept for them, without feeds. The registry does not add it back."})
    static final class RemoveOutlet extends DataCommand {
        @Parameters(paramLabel = "ID|DOMAIN", description = "The outlet's id or domain.")
        String which;

        @Override
        public Integer call() {
            try (Database db = Databases.withOutlets(config(), InstantSource.system())) {
                Optional<Long> id = which.chars().allMatch(Character::isDigit) && !which.isEmpty()
                        ? db.outlets().find(Long.parseLong(which)).map(Outlet::id)
                        : db.registry().idByDomain(which);
                if (id.isEmpty()) {
                    System.err.println("parallax: no outlet " + which);
                    return 1;
                }
                String name = db.outlets().find(id.get()).orElseThrow().name();
                Removal removal = db.registry().remove(id.get());
                System.out.println(removal.outletDeleted()
                        ? "removed outlet " + id.get() + " (" + name + ") and its " + removal.feedsRemoved() + " feeds"
                        : "removed the " + removal.feedsRemoved() + " feeds of outlet " + id.get() + " (" + name
                                + "); the outlet stays for its " + removal.articlesKept() + " articles");
                return 0;
            }
        }
    }

    @Command(name = "export-opml", description = "Write every outlet and its feeds to an OPML file ('-': standard output).")
    static final class ExportOpml extends DataCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (Database db = Databases.readOnly(config())) {
                List<OutletEntry> outlets = db.registry().entries();
                if (file.toString().equals("-")) {
                    Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                    Opml.write(outlets, out);
                    out.flush();
                } else {
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        Opml.write(outlets, out);
                    }
                    System.out.printf("%s: %d outlets, %d feeds%n", file, outlets.size(),
                            outlets.stream().mapToInt(o -> o.feeds().size()).sum());
                }
                return 0;
            }
        }
    }

    @Command(name = "import-opml", description = {"Add the outlets and feeds of an OPML file. Outlets known by",
            "their domain get the new feeds; their other fields stay."})
    static final class ImportOpml extends DataCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (Files.size(file) > Opml.MAX_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + Opml.MAX_BYTES + " bytes");
            }
            Opml.Contents contents = Opml.read(Files.readAllBytes(file), file.toString());
            contents.problems().forEach(problem -> System.err.println("skipped " + problem));
            int created = 0;
            int feeds = 0;
            try (Database db = Databases.withOutlets(config(), InstantSource.system())) {
                                for (OutletEntry entry : contents.outlets()) {
                    Optional<Long> existing = db.registry().idByDomain(entry.domain());
                    if (existing.isPresent()) {
                        for (FeedLink feed : entry.feeds()) {
                            feeds += db.feeds().add(existing.get(), feed.url(), feed.kind()) ? 1 : 0;
                        }
                    } else {
                        long id = db.registry().add(entry, InstantSource.system().instant());
                        created++;
                        feeds += db.outlets().find(id).orElseThrow().feeds().size();
                    }
                }
            }
            System.out.printf("%s: %d outlets added, %d feeds added, %d entries skipped%n", file, created, feeds,
                    contents.problems().size());
            return contents.outlets().isEmpty() && !contents.problems().isEmpty() ? 1 : 0;
        }
    }
}
