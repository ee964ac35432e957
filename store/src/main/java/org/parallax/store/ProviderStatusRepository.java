package org.parallax.store;

import org.jdbi.v3.core.Jdbi;
import org.parallax.core.forecast.MarketSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outcome of the latest refresh of each live forecast provider. */
public final class ProviderStatusRepository {

    /**
     * @param lastError         the latest failure, or null when the latest refresh succeeded
     * @param consecutiveErrors failures since the last success
     * @param questions         questions stored by the latest successful refresh
     * @param nextAttempt       when the next refresh is due (later after failures)
     */
    public record ProviderStatus(MarketSource source, Instant lastAttempt, Instant lastSuccess, String lastError,
                                 Instant lastErrorAt, int consecutiveErrors, int questions, Instant nextAttempt) {
    }

    static final int MAX_ERROR = 1000;

    private final Jdbi jdbi;

    ProviderStatusRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void save(ProviderStatus status) {
        String error = status.lastError() == null || status.lastError().length() <= MAX_ERROR ? status.lastError()
                : status.lastError().substring(0, MAX_ERROR);
        jdbi.useHandle(h -> h.createUpdate("""
                        MERGE INTO forecast_provider_status p
                        USING (SELECT CAST(:source AS VARCHAR(32)) AS source) s ON p.source = s.source
                        WHEN MATCHED THEN UPDATE SET last_attempt = :lastAttempt, last_success = :lastSuccess,
                            last_error = :lastError, last_error_at = :lastErrorAt, consecutive_errors = :errors,
                            questions = :questions, next_attempt = :nextAttempt
                        WHEN NOT MATCHED THEN INSERT (source, last_attempt, last_success, last_error, last_error_at,
                            consecutive_errors, questions, next_attempt)
                        VALUES (s.source, :lastAttempt, :lastSuccess, :lastError, :lastErrorAt, :errors, :questions,
                            :nextAttempt)""")
                .bind("source", status.source().key())
                .bind("lastAttempt", status.lastAttempt())
                .bindByType("lastSuccess", status.lastSuccess(), Instant.class)
                .bind("lastError", error)
                .bindByType("lastErrorAt", status.lastErrorAt(), Instant.class)
                .bind("errors", status.consecutiveErrors())
                .bind("questions", status.questions())
                .bindByType("nextAttempt", status.nextAttempt(), Instant.class)
                .execute());
    }

    public Optional<ProviderStatus> find(MarketSource source) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM forecast_provider_status WHERE source = :source")
                .bind("source", source.key())
                .map((rs, ctx) -> status(rs))
                .findOne());
    }

    public List<ProviderStatus> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM forecast_provider_status ORDER BY source")
                .map((rs, ctx) -> status(rs))
                .list());
    }

    private static ProviderStatus status(ResultSet rs) throws SQLException {
        String key = rs.getString("source");
        return new ProviderStatus(MarketSource.parse(key).orElseThrow(() -> new IllegalStateException("unknown source " + key)),
                SqlTime.read(rs, "last_attempt"), SqlTime.read(rs, "last_success"), rs.getString("last_error"),
                SqlTime.read(rs, "last_error_at"), rs.getInt("consecutive_errors"), rs.getInt("questions"),
                SqlTime.read(rs, "next_attempt"));
    }
}
