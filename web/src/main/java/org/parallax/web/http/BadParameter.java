package org.parallax.web.http;

/**
 * A query parameter that cannot be read: the API answers 400 with the message, pages answer 400
 * with the same message in the page layout.
 */
public final class BadParameter extends RuntimeException {
    public BadParameter(String message) {
        super(message, null, false, false);
    }
}
