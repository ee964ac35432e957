package org.parallax.store;

/** The database cannot be reached, refuses the login, or is held by another process. */
public final class DatabaseUnavailableException extends IllegalStateException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
