package org.parallax.pipeline.live;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.parallax.fetch.FetchSettings;
import org.parallax.ingest.poll.PollSettings;

/**
 * Settings of live ingestion, from the environment and the command line.
 *
 * @param poll   whether {@code serve} polls feeds
 * @param fetch  how pages and feeds are fetched
 * @param polling how feeds are polled
 */
public record LiveSettings(boolean poll, FetchSettings fetch, PollSettings polling) {
    /**
     * Sent until PARALLAX_BOT_CONTACT names where site owners reach whoever runs this Parallax. The
     * project has no address of its own to offer, so the default says plainly (a reserved
     * {@code .invalid} name) that the operator has not configured one.
     */
    public static final String DEFAULT_CONTACT = "https://contact-not-configured.invalid/";

    /**
     * Reads PARALLAX_POLL (true/false, default true), PARALLAX_BOT_CONTACT (a URL or mailto: for
     * the User-Agent) and PARALLAX_HOST_DELAY (seconds between two requests to one host, default 2).
     *
     * @param noPoll the {@code --no-poll} option, which wins over the environment
     */
    public static LiveSettings from(Map<String, String> env, boolean noPoll) {
        boolean poll = !noPoll && parseBoolean(env.get("PARALLAX_POLL"));
        String contact = env.getOrDefault("PARALLAX_BOT_CONTACT", DEFAULT_CONTACT).strip();
        if (contact.isEmpty() || contact.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("PARALLAX_BOT_CONTACT must be a printable ASCII URL or mailto: address");
        }
        FetchSettings fetch = FetchSettings.defaults(contact);
        String delay = env.get("PARALLAX_HOST_DELAY");
        if (delay != null && !delay.isBlank()) {
            fetch = fetch.withHostDelay(seconds(delay));
        }
        return new LiveSettings(poll, fetch, PollSettings.defaults());
    }

    private static boolean parseBoolean(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("PARALLAX_POLL must be true or false: " + value);
        };
    }

    private static Duration seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.strip());
            if (!(seconds >= 0 && seconds <= 3600)) {
                throw new IllegalArgumentException("PARALLAX_HOST_DELAY must be between 0 and 3600 seconds: " + value);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARALLAX_HOST_DELAY is not a number of seconds: " + value, e);
        }
    }
}
