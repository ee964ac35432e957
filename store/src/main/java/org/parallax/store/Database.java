package org.parallax.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The connection pool, the migrated schema and the repositories on top of them. */
public final class Database implements AutoCloseable {

    /** H2's error code for a database file locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final HikariDataSource dataSource;
    private final DatabaseSettings settings;
    private final Jdbi jdbi;
    private final Runnable afterClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OutletRepository outlets;
    private final ArticleRepository articles;
    private final StoryRepository stories;
    private final BriefRepository briefs;
    private final ForecastRepository forecasts;
    private final ProviderStatusRepository providerStatus;
    private final FeedRepository feeds;
    private final OutletRegistryRepository registry;
    private final ArticleIntakeRepository intake;
    private final EmbeddingRepository embeddings;
    private final MeasuredRatingRepository measuredRatings;

    private Database(HikariDataSource dataSource, DatabaseSettings settings, Runnable afterClose) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.afterClose = afterClose;
        this.jdbi = Jdbi.create(dataSource);
        SqlTime.register(jdbi);
        StoredText.register(jdbi);
        this.outlets = new OutletRepository(jdbi);
        this.articles = new ArticleRepository(jdbi);
        this.stories = new StoryRepository(jdbi);
        this.briefs = new BriefRepository(jdbi);
        this.forecasts = new ForecastRepository(jdbi);
        this.providerStatus = new ProviderStatusRepository(jdbi);
        this.feeds = new FeedRepository(jdbi);
        this.registry = new OutletRegistryRepository(jdbi);
        this.intake = new ArticleIntakeRepository(jdbi);
        this.embeddings = new EmbeddingRepository(jdbi);
        this.measuredRatings = new MeasuredRatingRepository(jdbi);
    }

    /**
     * Connects and migrates the schema to the latest version.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or is locked
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, () -> { });
    }

    /** As {@link #open(DatabaseSettings)}; {@code afterClose} runs once the pool is closed (tests drop their schema). */
    public static Database open(DatabaseSettings settings, Runnable afterClose) {
        HikariDataSource dataSource = connect(settings);
        try {
            flyway(dataSource).migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("Cannot migrate the schema of " + settings.safeUrl() + ": "
                    + rootMessage(e), e);
        }
        return new Database(dataSource, settings, afterClose);
    }

    /**
     * Connects for reading only: nothing is created or migrated. The schema must be the one this
     * version of Parallax writes, so that every query finds its columns.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or is locked
     * @throws IllegalStateException        when it holds no Parallax schema, or an older one
     */
    public static Database openReadOnly(DatabaseSettings settings) {
        DatabaseSettings readOnly = settings.readOnly();
        HikariDataSource dataSource = connect(readOnly, true);
        try {
            MigrationInfoService info = flyway(dataSource).info();
            if (info.current() == null) {
                throw new IllegalStateException("There is no Parallax database at " + settings.safeUrl()
                        + ": import articles or start the server first");
            }
            if (info.pending().length > 0) {
                throw new IllegalStateException("The database at " + settings.safeUrl() + " has an older schema"
                        + " (version " + info.current().getVersion() + "): run import or serve once to update it");
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, settings, () -> { });
    }

    private static Flyway flyway(HikariDataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true) // a packaging mistake, not an empty schema
                .validateMigrationNaming(true)
                .loggers("slf4j") // like the rest of Parallax, not java.util.logging
                .load();
    }

    private static HikariDataSource connect(DatabaseSettings settings) {
        return connect(settings, false);
    }

    private static HikariDataSource connect(DatabaseSettings settings, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parallax");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        config.setReadOnly(readOnly);
        // Fail in the constructor, with the driver's reason, instead of on first use.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(unavailableMessage(settings, e), e);
        }
    }

    private static String unavailableMessage(DatabaseSettings settings, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    && settings.url().startsWith("jdbc:h2:")) {
                return "the data directory " + embeddedDirectory(settings) + " is in use by another Parallax process:"
                        + " stop it first, or give this command another --data directory";
            }
        }
        return "Cannot connect to database " + settings.safeUrl() + " as user '" + settings.user() + "': "
                + rootMessage(failure);
    }

    /** The data directory of an embedded database's URL ({@code jdbc:h2:file:DIR/parallax;...}). */
    private static String embeddedDirectory(DatabaseSettings settings) {
        String file = settings.url().substring("jdbc:h2:file:".length()).split(";", 2)[0];
        java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
        return parent == null ? file : parent.toString();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /**
     * A new handle on the right to run the pipeline (one writer per database); the caller closes it.
     * See {@link PipelineLock}.
     */
    public PipelineLock pipelineLock() {
        return PipelineLock.of(settings);
    }

    /** The pipeline's figures now (counts waiting per stage, oldest waiting article). */
    public PipelineFigures pipelineFigures() {
        return PipelineFigures.read(jdbi);
    }

    /** Whether the database answers a trivial query now. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a failure is the database refusing one value (SQLSTATE class 22: too long, out of
     * range, badly encoded), which costs the item that carried it, not the whole job.
     */
    public static boolean refusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Ratings measured from the outlets' own words, with their history and evidence. */
    public MeasuredRatingRepository measuredRatings() {
        return measuredRatings;
    }

    public OutletRepository outlets() {
        return outlets;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public StoryRepository stories() {
        return stories;
    }

    public BriefRepository briefs() {
        return briefs;
    }

    public ForecastRepository forecasts() {
        return forecasts;
    }

    public ProviderStatusRepository providerStatus() {
        return providerStatus;
    }

    public FeedRepository feeds() {
        return feeds;
    }

    public OutletRegistryRepository registry() {
        return registry;
    }

    /** Live ingestion's article store, with deduplication of copies. */
    public ArticleIntakeRepository intake() {
        return intake;
    }

    public EmbeddingRepository embeddings() {
        return embeddings;
    }

    /** Closes the pool; H2 writes and closes its file when the last connection goes. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dataSource.close();
            afterClose.run();
        }
    }
}
