package org.parallax.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Who owns an outlet, as readers need to know it. STATE: a government funds or controls the
 * outlet's newsroom directly (state agencies, government-run international broadcasters); PUBLIC:
 * a public-service broadcaster with statutory independence (licence fee or equivalent);
 * PRIVATE: everything else, commercial or non-profit.
 */
public enum Ownership {
    PRIVATE, PUBLIC, STATE;

    public static Optional<Ownership> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String label() {
        return switch (this) {
            case PRIVATE -> "Private";
            case PUBLIC -> "Public service";
            case STATE -> "State media";
        };
    }
}
