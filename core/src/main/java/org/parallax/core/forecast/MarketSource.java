package org.parallax.core.forecast;

import java.util.Locale;
import java.util.Optional;

/**
 * The providers whose questions Parallax knows, with how a brief names them. INFER has no live
 * client; its questions come only from imported question banks.
 */
public enum MarketSource {
    METACULUS("Metaculus", "the Metaculus prediction community"),
    MANIFOLD("Manifold", "Manifold"),
    POLYMARKET("Polymarket", "Polymarket"),
    KALSHI("Kalshi", "Kalshi"),
    INFER("INFER", "INFER forecasters");

    private final String label;
    private final String attribution;

    MarketSource(String label, String attribution) {
        this.label = label;
        this.attribution = attribution;
    }

    /** The provider's name, as on attribution links: "Metaculus". */
    public String label() {
        return label;
    }

    /** Who the probability is "according to", as in the example brief. */
    public String attribution() {
        return attribution;
    }

    /** The lower-case key used in files and the database: "metaculus". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source with this key or label, case-insensitively. */
    public static Optional<MarketSource> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        for (MarketSource source : values()) {
            if (source.name().equalsIgnoreCase(wanted) || source.label.equalsIgnoreCase(wanted)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
