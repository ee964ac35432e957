package org.parallax.extract.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Normalises language codes as pages and files write them ("en_US", "EN-us") to BCP 47 ("en-US"). */
public final class LanguageTags {
    private static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /** The BCP 47 form of a language code, or empty when it is not a well-formed one. */
    public static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String value = code.strip().replace('_', '-');
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            String tag = locale.toLanguageTag();
            return tag.equals("und") || locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(tag);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
