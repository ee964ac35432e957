package org.parallax.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parallax.app.config.ParallaxConfig.WebSettings;
import org.parallax.core.forecast.MarketSource;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.fetch.AddressClass;
import org.parallax.fetch.AddressPolicy;
import org.parallax.fetch.FetchSettings;
import org.parallax.markets.LiveForecastSettings;
import org.parallax.markets.ProviderSettings;
import org.parallax.pipeline.Pipelines;
import org.parallax.pipeline.forecast.ForecastConfig;
import org.parallax.pipeline.live.LiveSettings;
import org.parallax.ingest.poll.PollSettings;
import org.parallax.store.DatabaseSettings;

/**
 * Builds the {@link ParallaxConfig} from the environment (a copy of it, taken once in {@code main})
 * and the command's flags, which win. The variables are listed in the README; a value that cannot
 * be read is refused with the variable's name ({@link IllegalArgumentException}).
 */
public final class ConfigReader {
    /**
     * Sent until PARALLAX_BOT_CONTACT names where site owners reach whoever runs this Parallax. The
     * project has no address of its own to offer, so the default says plainly (a reserved
     * {@code .invalid} name) that the operator has not configured one.
     */
    public static final String DEFAULT_CONTACT = "https://contact-not-configured.invalid/";

    private static final MarketSource[] LIVE_SOURCES = {MarketSource.METACULUS, MarketSource.MANIFOLD,
            MarketSource.POLYMARKET, MarketSource.KALSHI};

    private final Map<String, String> env;

    private ConfigReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static ParallaxConfig read(Map<String, String> env, CommandFlags flags) {
        return new ConfigReader(env).read(flags);
    }

    private ParallaxConfig read(CommandFlags flags) {
        Path dataDir = flags.dataDir() != null ? flags.dataDir()
                : Path.of(text("PARALLAX_DATA").orElse(ParallaxConfig.DEFAULT_DATA_DIR.toString()));
        Optional<DatabaseSettings> server = text("PARALLAX_DB_URL").map(url -> new DatabaseSettings(url,
                env.getOrDefault("PARALLAX_DB_USER", ""), env.getOrDefault("PARALLAX_DB_PASSWORD", "")));
        WebSettings web = new WebSettings(flags.host() != null ? flags.host()
                : text("PARALLAX_HOST").orElse(WebSettings.DEFAULT_HOST),
                flags.port() != null ? port(flags.port(), "--port") : port());
        return new ParallaxConfig(dataDir, server, web, live(flags.noPoll()), forecasts(),
                ParallaxConfig.DEFAULT_PIPELINE_INTERVAL, subjectivity());
    }

    /** PARALLAX_SUBJECTIVITY_MODEL: {@code checkthat} (the default) or {@code own}. */
    private ShippedSubjectivityModel subjectivity() {
        try {
            return text("PARALLAX_SUBJECTIVITY_MODEL").map(ShippedSubjectivityModel::of)
                    .orElse(Pipelines.DEFAULT_SUBJECTIVITY);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PARALLAX_SUBJECTIVITY_MODEL: " + e.getMessage(), e);
        }
    }

    /**
     * PARALLAX_POLL (default on; {@code --no-poll} wins), PARALLAX_BOT_CONTACT, PARALLAX_HOST_DELAY and
     * PARALLAX_FETCH_ALLOW_PRIVATE (let feeds, pages and parse-feed reach loopback and private addresses).
     */
    private LiveSettings live(boolean noPoll) {
        boolean poll = !noPoll && flag("PARALLAX_POLL", true);
        String contact = text("PARALLAX_BOT_CONTACT").orElse(DEFAULT_CONTACT).strip();
        if (contact.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("PARALLAX_BOT_CONTACT must be a printable ASCII URL or mailto: address");
        }
        FetchSettings fetch = FetchSettings.defaults(contact);
        if (flag("PARALLAX_FETCH_ALLOW_PRIVATE", false)) {
            fetch = fetch.withAddresses(AddressPolicy.allowing(AddressClass.LOOPBACK, AddressClass.PRIVATE));
        }
        Optional<String> delay = text("PARALLAX_HOST_DELAY");
        if (delay.isPresent()) {
            fetch = fetch.withHostDelay(seconds("PARALLAX_HOST_DELAY", delay.get()));
        }
        return new LiveSettings(poll, fetch, PollSettings.defaults());
    }

    /**
     * PARALLAX_FORECASTS_LIVE, PARALLAX_FORECAST_REFRESH_MINUTES, PARALLAX_METACULUS_TOKEN,
     * PARALLAX_FORECAST_&lt;PROVIDER&gt; (on/off) and PARALLAX_FORECAST_&lt;PROVIDER&gt;_URL for METACULUS,
     * MANIFOLD, POLYMARKET and KALSHI, PARALLAX_FORECAST_MAX_QUESTIONS and PARALLAX_FORECAST_ALLOW_PRIVATE.
     */
    private ForecastConfig forecasts() {
        LiveForecastSettings settings = LiveForecastSettings.defaults()
                .withAllowPrivateAddresses(flag("PARALLAX_FORECAST_ALLOW_PRIVATE", false));
        Optional<Integer> max = text("PARALLAX_FORECAST_MAX_QUESTIONS")
                .map(value -> positive("PARALLAX_FORECAST_MAX_QUESTIONS", value));
        for (MarketSource source : LIVE_SOURCES) {
            String name = "PARALLAX_FORECAST_" + source.name();
            ProviderSettings provider = settings.of(source).withEnabled(flag(name, true));
            Optional<String> url = text(name + "_URL");
            if (url.isPresent()) {
                provider = provider.withBaseUrl(URI.create(url.get().strip()));
            }
            if (max.isPresent()) {
                provider = provider.withMaxQuestions(max.get());
            }
            if (source == MarketSource.METACULUS) {
                provider = provider.withToken(env.get("PARALLAX_METACULUS_TOKEN"));
            }
            settings = settings.with(source, provider);
        }
        Duration refresh = text("PARALLAX_FORECAST_REFRESH_MINUTES")
                .map(minutes -> Duration.ofMinutes(positive("PARALLAX_FORECAST_REFRESH_MINUTES", minutes)))
                .orElse(ForecastConfig.DEFAULT_REFRESH);
        return new ForecastConfig(flag("PARALLAX_FORECASTS_LIVE", true), settings, refresh);
    }

    private int port() {
        Optional<String> value = text("PARALLAX_PORT");
        if (value.isEmpty()) {
            return WebSettings.DEFAULT_PORT;
        }
        try {
            return port(Integer.parseInt(value.get().strip()), "PARALLAX_PORT");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARALLAX_PORT is not a number: " + value.get(), e);
        }
    }

    private static int port(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535: " + port);
        }
        return port;
    }

    /** The variable's value, empty when it is unset or blank. */
    private Optional<String> text(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private boolean flag(String name, boolean fallback) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be on or off (true or false): " + value.get());
        };
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value, e);
        }
    }

    private static Duration seconds(String name, String value) {
        try {
            double seconds = Double.parseDouble(value.strip());
            if (!(seconds >= 0 && seconds <= 3600)) {
                throw new IllegalArgumentException(name + " must be between 0 and 3600 seconds: " + value);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number of seconds: " + value, e);
        }
    }
}
