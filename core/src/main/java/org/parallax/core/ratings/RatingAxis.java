package org.parallax.core.ratings;

import java.util.Locale;

/** The axes an outlet is rated on. */
public enum RatingAxis {
    /** Left (-1) to right (+1). */
    STANCE,
    /** Critical of (-1) to aligned with (+1) established power. */
    ESTABLISHMENT;

    /** The name stored and used in the API: {@code stance}, {@code establishment}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
