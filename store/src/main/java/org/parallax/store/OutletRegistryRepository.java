package org.parallax.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;

/**
 * The outlet registry in the database: seeding from the registry file, outlets the user adds and
 * removes, and the registry fields of an outlet (home page, paywall, ownership).
 *
 * <p>Seeding applies each registry entry once per database, keyed by domain: a new entry creates
 * its outlet, or completes an outlet that imports created before (fields still empty only), and
 * adds its feeds. An entry applied before is never applied again, so what the user changed or
 * removed stays as the user left it.
 */
public final class OutletRegistryRepository {
    /** What one seeding did: outlets created, existing outlets completed, entries applied before. */
    public record SeedReport(int created, int completed, int alreadySeeded) {
    }

    /** The registry fields of a stored outlet; null where unknown. */
    public record Profile(String homepage, Boolean paywalled, Ownership ownership) {
    }

    /**
     * What removing an outlet did. An outlet that articles refer to is kept, without its feeds, so
     * that its articles and stories stay whole.
     */
    public record Removal(int feedsRemoved, boolean outletDeleted, long articlesKept) {
    }

    private static final int MAX_NAME_LENGTH = 500;

    private final Jdbi jdbi;

    OutletRegistryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Applies the entries not applied to this database before. Each entry is its own transaction. */
    public SeedReport seed(List<OutletEntry> entries, Instant now) {
        Set<String> seeded = new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT domain FROM outlet_seed")
                .mapTo(String.class).list()));
        int created = 0;
        int completed = 0;
        int before = 0;
        for (OutletEntry entry : entries) {
            String domain = domain(entry.domain());
            if (!seeded.add(domain)) {
                before++;
                continue;
            }
            boolean isNew = jdbi.inTransaction(h -> {
                Optional<Long> existing = idByDomain(h, domain);
                long id = existing.orElseGet(() -> insert(h, entry, domain));
                existing.ifPresent(outletId -> complete(h, outletId, entry, domain));
                addFeeds(h, id, entry.feeds());
                h.createUpdate("INSERT INTO outlet_seed (domain, seeded_at) VALUES (:domain, :now)")
                        .bind("domain", domain)
                        .bind("now", now)
                        .execute();
                return existing.isEmpty();
            });
            if (isNew) {
                created++;
            } else {
                completed++;
            }
        }
        return new SeedReport(created, completed, before);
    }

    /**
     * Adds an outlet the user names, or updates the outlet with this domain: every field the entry
     * gives replaces the stored one, and its feeds are added. Marks the domain as seeded, so the
     * registry does not change it later.
     *
     * @return the outlet's id
     */
    public long add(OutletEntry entry, Instant now) {
        String domain = domain(entry.domain());
        return jdbi.inTransaction(h -> {
            Optional<Long> existing = idByDomain(h, domain);
            long id = existing.orElseGet(() -> insert(h, entry, domain));
            existing.ifPresent(outletId -> overwrite(h, outletId, entry));
            addFeeds(h, id, entry.feeds());
            h.createUpdate("""
                            MERGE INTO outlet_seed s USING (SELECT CAST(:domain AS VARCHAR(255)) AS domain) d
                            ON s.domain = d.domain
                            WHEN NOT MATCHED THEN INSERT (domain, seeded_at) VALUES (d.domain, :now)""")
                    .bind("domain", domain)
                    .bind("now", now)
                    .execute();
            return id;
        });
    }

    /** Removes the outlet's feeds, and the outlet itself unless articles refer to it. */
    public Removal remove(long outletId) {
        return jdbi.inTransaction(h -> {
            int feeds = h.createUpdate("DELETE FROM feed WHERE outlet_id = :id").bind("id", outletId).execute();
            long articles = h.createQuery("SELECT COUNT(*) FROM article WHERE outlet_id = :id")
                    .bind("id", outletId).mapTo(Long.class).one();
            long carried = h.createQuery("SELECT COUNT(*) FROM article_carrier WHERE outlet_id = :id")
                    .bind("id", outletId).mapTo(Long.class).one();
            boolean deleted = false;
            if (articles == 0 && carried == 0) {
                MeasuredRatingRepository.removeOutlet(h, outletId);
                deleted = h.createUpdate("DELETE FROM outlet WHERE id = :id").bind("id", outletId).execute() > 0;
            }
            return new Removal(feeds, deleted, articles);
        });
    }

    public Optional<Long> idByDomain(String domain) {
        return jdbi.withHandle(h -> idByDomain(h, domain(domain)));
    }

    public Optional<Profile> profile(long outletId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT homepage, paywalled, ownership FROM outlet WHERE id = :id")
                .bind("id", outletId)
                .map((rs, ctx) -> profile(rs))
                .findOne());
    }

    /** Every outlet with a domain as a registry entry, with its feeds, by name: for OPML export. */
    public List<OutletEntry> entries() {
        return jdbi.withHandle(h -> {
            Map<Long, List<FeedLink>> feeds = new HashMap<>();
            h.createQuery("SELECT outlet_id, url, kind FROM feed ORDER BY id")
                    .map((rs, ctx) -> Map.entry(rs.getLong("outlet_id"),
                            new FeedLink(rs.getString("url"), ArticleKind.valueOf(rs.getString("kind")))))
                    .forEach(e -> feeds.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<OutletEntry> entries = new ArrayList<>(h.createQuery("""
                            SELECT id, name, domain, homepage, country, stance_score, stance_provenance,
                                   establishment_score, establishment_provenance, paywalled, ownership
                            FROM outlet WHERE domain IS NOT NULL""")
                    .map((rs, ctx) -> entry(rs, feeds.getOrDefault(rs.getLong("id"), List.of())))
                    .list());
            entries.sort(Comparator.comparing(OutletEntry::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(OutletEntry::domain));
            return entries;
        });
    }

    private static Optional<Long> idByDomain(Handle h, String domain) {
        return h.createQuery("SELECT id FROM outlet WHERE domain = :domain")
                .bind("domain", domain)
                .mapTo(Long.class)
                .findOne();
    }

    private static long insert(Handle h, OutletEntry entry, String domain) {
        String name = name(entry.name());
        return h.createUpdate("""
                        INSERT INTO outlet (name, name_key, domain, homepage, country, stance_score, stance_provenance,
                            establishment_score, establishment_provenance, paywalled, ownership)
                        VALUES (:name, :nameKey, :domain, :homepage, :country, :stanceScore, :stanceProvenance,
                            :establishmentScore, :establishmentProvenance, :paywalled, :ownership)""")
                .bind("name", name)
                .bind("nameKey", name.toLowerCase(Locale.ROOT))
                .bind("domain", domain)
                .bind("homepage", entry.homepage())
                .bind("country", country(entry.country()))
                .bind("stanceScore", entry.stance() == null ? null : entry.stance().score())
                .bind("stanceProvenance", entry.stance() == null ? null : entry.stance().provenance())
                .bind("establishmentScore", entry.establishment() == null ? null : entry.establishment().score())
                .bind("establishmentProvenance", entry.establishment() == null ? null
                        : entry.establishment().provenance())
                .bind("paywalled", entry.paywalled())
                .bind("ownership", entry.ownership() == null ? null : entry.ownership().name())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /**
     * Fills what the stored outlet lacks. An outlet named after its domain (as imports name
     * outlets they know nothing about) takes the registry's name.
     */
    private static void complete(Handle h, long id, OutletEntry entry, String domain) {
        String name = name(entry.name());
        Update update = h.createUpdate("""
                        UPDATE outlet SET
                            name = CASE WHEN name = :domain THEN :name ELSE name END,
                            name_key = CASE WHEN name = :domain THEN :nameKey ELSE name_key END,
                            homepage = COALESCE(homepage, :homepage),
                            country = COALESCE(country, :country),
                            paywalled = COALESCE(paywalled, :paywalled),
                            ownership = COALESCE(ownership, :ownership)
                        WHERE id = :id""")
                .bind("domain", domain);
        bindFields(update, id, name, entry).execute();
        if (entry.stance() != null) {
            rate(h, id, "stance", entry.stance(), true);
        }
        if (entry.establishment() != null) {
            rate(h, id, "establishment", entry.establishment(), true);
        }
    }

    /** Replaces the stored fields the entry gives (the user's explicit edit). */
    private static void overwrite(Handle h, long id, OutletEntry entry) {
        String name = name(entry.name());
        Update update = h.createUpdate("""
                        UPDATE outlet SET name = :name, name_key = :nameKey,
                            homepage = COALESCE(:homepage, homepage),
                            country = COALESCE(:country, country),
                            paywalled = COALESCE(:paywalled, paywalled),
                            ownership = COALESCE(:ownership, ownership)
                        WHERE id = :id""");
        bindFields(update, id, name, entry).execute();
        if (entry.stance() != null) {
            rate(h, id, "stance", entry.stance(), false);
        }
        if (entry.establishment() != null) {
            rate(h, id, "establishment", entry.establishment(), false);
        }
    }

    private static Update bindFields(Update update, long id, String name, OutletEntry entry) {
        return update
                .bind("name", name)
                .bind("nameKey", name.toLowerCase(Locale.ROOT))
                .bind("homepage", entry.homepage())
                .bind("country", country(entry.country()))
                .bind("paywalled", entry.paywalled())
                .bind("ownership", entry.ownership() == null ? null : entry.ownership().name())
                .bind("id", id);
    }

    /** Sets one axis's rating; with {@code onlyIfUnset}, only where the outlet has none yet. */
    private static void rate(Handle h, long id, String axis, Rating rating, boolean onlyIfUnset) {
        h.createUpdate("UPDATE outlet SET " + axis + "_score = :score, " + axis + "_provenance = :provenance "
                        + "WHERE id = :id" + (onlyIfUnset ? " AND " + axis + "_score IS NULL" : ""))
                .bind("score", rating.score())
                .bind("provenance", rating.provenance())
                .bind("id", id)
                .execute();
    }

    private static void addFeeds(Handle h, long outletId, List<FeedLink> feeds) {
        for (FeedLink feed : feeds) {
            FeedRepository.add(h, outletId, feed.url(), feed.kind());
        }
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        boolean paywalled = rs.getBoolean("paywalled");
        Boolean paywall = rs.wasNull() ? null : paywalled;
        return new Profile(rs.getString("homepage"), paywall, Ownership.parse(rs.getString("ownership")).orElse(null));
    }

    private static OutletEntry entry(ResultSet rs, List<FeedLink> feeds) throws SQLException {
        Profile profile = profile(rs);
        return new OutletEntry(rs.getString("name"), rs.getString("domain"), profile.homepage(),
                rs.getString("country"), rating(rs, "stance"), rating(rs, "establishment"), profile.paywalled(),
                profile.ownership(), feeds);
    }

    private static Rating rating(ResultSet rs, String axis) throws SQLException {
        double score = rs.getDouble(axis + "_score");
        return rs.wasNull() ? null : new Rating(score, rs.getString(axis + "_provenance"));
    }

    /** The stored form of a domain: lower case, without "www." (as {@link OutletRepository} stores it). */
    static String domain(String domain) {
        String host = domain.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("an outlet needs a domain");
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("an outlet needs a name");
        }
        return FeedRepository.cut(stripped, MAX_NAME_LENGTH);
    }

    private static String country(String country) {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
