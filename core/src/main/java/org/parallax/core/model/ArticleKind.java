package org.parallax.core.model;

import java.util.Locale;
import java.util.Optional;

/** What an article is: reporting, argument, or explanation. Narratives come from the last two. */
public enum ArticleKind {
    NEWS, OPINION, ANALYSIS;

    /** Parses a kind as written in import files ("news", "Opinion", "ANALYSIS"); empty if unknown. */
    public static Optional<ArticleKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "news", "fact check", "data", "report" -> Optional.of(NEWS);
            case "opinion", "op-ed", "oped", "editorial", "column", "commentary" -> Optional.of(OPINION);
            case "analysis", "explainer" -> Optional.of(ANALYSIS);
            default -> Optional.empty();
        };
    }

    public boolean isArgument() {
        return this != NEWS;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
