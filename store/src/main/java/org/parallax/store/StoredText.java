package org.parallax.store;

import java.sql.Types;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The one place where text enters the database: every string bound to a statement, by every
 * repository, is cleaned of NUL and the other control characters (C0 but tab, line feed and
 * carriage return; DEL; C1). PostgreSQL refuses NUL in text, and no control character belongs
 * on a page or in a brief, whichever input brought it (import files, feeds, pages, OPML, markets).
 */
public final class StoredText {

    private StoredText() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new CleanStringArgumentFactory());
    }

    /** The text without control characters other than tab, line feed and carriage return. */
    public static String clean(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static final class CleanStringArgumentFactory extends AbstractArgumentFactory<String> {
        CleanStringArgumentFactory() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(String value, ConfigRegistry config) {
            String clean = clean(value);
            return (position, statement, context) -> statement.setString(position, clean);
        }
    }
}
