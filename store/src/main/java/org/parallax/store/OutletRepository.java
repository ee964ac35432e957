package org.parallax.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/** News outlets, their ratings and feeds. */
public final class OutletRepository {

    private static final int MAX_NAME_LENGTH = 500;
    private static final String COLUMNS = "id, name, domain, country, stance_score, stance_provenance, "
            + "establishment_score, establishment_provenance, paywalled, ownership";

    private final Jdbi jdbi;
    // Find-or-create is check-then-insert; names have no unique key, so resolution is serialised.
    private final ReentrantLock resolving = new ReentrantLock();

    OutletRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Finds the outlet by domain when the hint has one, else by name (case-insensitive); creates
     * it when absent. A hint with a domain unknown so far adopts an outlet of the same name that
     * has no domain yet. If the stored outlet has no stance and the hint declares one, stores it
     * (with its provenance).
     *
     * @throws IllegalArgumentException when the hint has neither a name nor a domain
     */
    public Outlet resolve(OutletHint hint) {
        String domain = normalDomain(hint.domain());
        String name = hint.name().isBlank() ? domain : hint.name().strip();
        if (name == null) {
            throw new IllegalArgumentException("an outlet hint needs a name or a domain: " + hint);
        }
        String shortName = truncate(name);
        resolving.lock();
        try {
            return jdbi.inTransaction(h -> resolve(h, shortName, domain, hint.declaredStance()));
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            // Another process created the same domain meanwhile: it is found now.
            return jdbi.inTransaction(h -> resolve(h, shortName, domain, hint.declaredStance()));
        } finally {
            resolving.unlock();
        }
    }

    private Outlet resolve(Handle h, String name, String domain, Rating declaredStance) {
        String nameKey = nameKey(name);
        long id;
        if (domain == null) {
            id = findId(h, "name_key = :key", nameKey).orElseGet(() -> insert(h, name, null));
        } else {
            id = findId(h, "domain = :key", domain)
                    .or(() -> adoptDomain(h, nameKey, domain))
                    .orElseGet(() -> insert(h, name, domain));
        }
        if (declaredStance != null) {
            h.createUpdate("UPDATE outlet SET stance_score = :score, stance_provenance = :provenance "
                            + "WHERE id = :id AND stance_score IS NULL")
                    .bind("score", declaredStance.score())
                    .bind("provenance", declaredStance.provenance())
                    .bind("id", id)
                    .execute();
        }
        return find(h, id).orElseThrow();
    }

    private static Optional<Long> findId(Handle h, String condition, String key) {
        return h.createQuery("SELECT id FROM outlet WHERE " + condition + " ORDER BY id FETCH FIRST 1 ROW ONLY")
                .bind("key", key)
                .mapTo(Long.class)
                .findOne();
    }

    /** An outlet first met without a URL gets its domain when a later source gives one. */
    private static Optional<Long> adoptDomain(Handle h, String nameKey, String domain) {
        Optional<Long> id = findId(h, "name_key = :key AND domain IS NULL", nameKey);
        id.ifPresent(outletId -> h.createUpdate("UPDATE outlet SET domain = :domain WHERE id = :id")
                .bind("domain", domain)
                .bind("id", outletId)
                .execute());
        return id;
    }

    private static long insert(Handle h, String name, String domain) {
        return h.createUpdate("INSERT INTO outlet (name, name_key, domain) VALUES (:name, :nameKey, :domain)")
                .bind("name", name)
                .bind("nameKey", nameKey(name))
                .bind("domain", domain)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    public Optional<Outlet> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<Outlet> find(Handle h, long id) {
        List<String> feeds = h.createQuery("SELECT url FROM feed WHERE outlet_id = :id ORDER BY id")
                .bind("id", id)
                .mapTo(String.class)
                .list();
        return h.createQuery("SELECT " + COLUMNS + " FROM outlet WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> outlet(rs, feeds))
                .findOne();
    }

    /** The outlets with these ids, by id, each with its feeds: two queries however many there are. */
    static Map<Long, Outlet> byId(Handle h, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> feeds = new HashMap<>();
        h.createQuery("SELECT outlet_id, url FROM feed WHERE outlet_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong("outlet_id"), rs.getString("url")))
                .forEach(e -> feeds.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Outlet> outlets = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS + " FROM outlet WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> outlet(rs, feeds.getOrDefault(rs.getLong("id"), List.of())))
                .forEach(outlet -> outlets.put(outlet.id(), outlet));
        return outlets;
    }

    /** All outlets, ordered by name (case-insensitive, the same on every database), then id. */
    public List<Outlet> all() {
        return jdbi.withHandle(h -> {
            Map<Long, List<String>> feeds = new HashMap<>();
            h.createQuery("SELECT outlet_id, url FROM feed ORDER BY id")
                    .map((rs, ctx) -> Map.entry(rs.getLong("outlet_id"), rs.getString("url")))
                    .forEach(e -> feeds.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<Outlet> outlets = new ArrayList<>(h.createQuery("SELECT " + COLUMNS + " FROM outlet")
                    .map((rs, ctx) -> outlet(rs, feeds.getOrDefault(rs.getLong("id"), List.of())))
                    .list());
            // Sorted here: database collations order names differently.
            outlets.sort(Comparator.comparing(Outlet::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(Outlet::id));
            return outlets;
        });
    }

    /** Replaces both ratings of the outlet; null clears a rating. */
    public void rate(long outletId, Rating stance, Rating establishment) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outlet SET stance_score = :stanceScore, "
                        + "stance_provenance = :stanceProvenance, establishment_score = :establishmentScore, "
                        + "establishment_provenance = :establishmentProvenance WHERE id = :id")
                .bind("stanceScore", stance == null ? null : stance.score())
                .bind("stanceProvenance", stance == null ? null : stance.provenance())
                .bind("establishmentScore", establishment == null ? null : establishment.score())
                .bind("establishmentProvenance", establishment == null ? null : establishment.provenance())
                .bind("id", outletId)
                .execute());
    }

    /** Sets the outlet's ISO 3166 alpha-2 country code, or clears it with null. */
    public void setCountry(long outletId, String country) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outlet SET country = :country WHERE id = :id")
                .bind("country", country == null ? null : country.strip().toUpperCase(Locale.ROOT))
                .bind("id", outletId)
                .execute());
    }

    /**
     * Adds a news feed URL to the outlet, due for polling at once ({@link FeedRepository#add} for
     * other kinds).
     *
     * @return false when a feed with this URL is listed already (by this or another outlet)
     */
    public boolean addFeed(long outletId, String feedUrl) {
        return jdbi.withHandle(h -> FeedRepository.add(h, outletId, feedUrl, ArticleKind.NEWS));
    }

    private static Outlet outlet(ResultSet rs, List<String> feeds) throws SQLException {
        boolean paywalled = rs.getBoolean("paywalled");
        Boolean paywall = rs.wasNull() ? null : paywalled;
        return new Outlet(rs.getLong("id"), rs.getString("name"), rs.getString("domain"),
                rs.getString("country"), rating(rs, "stance"), rating(rs, "establishment"), feeds, paywall,
                Ownership.parse(rs.getString("ownership")).orElse(null));
    }

    private static Rating rating(ResultSet rs, String axis) throws SQLException {
        double score = rs.getDouble(axis + "_score");
        return rs.wasNull() ? null : new Rating(score, rs.getString(axis + "_provenance"));
    }

    private static String normalDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String host = domain.strip().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String nameKey(String name) {
        return truncate(name.toLowerCase(Locale.ROOT));
    }

    /** Cuts an overlong name (imports do send junk) to the column size, never inside a surrogate pair. */
    private static String truncate(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH;
        return name.substring(0, end);
    }
}
