package org.parallax.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place Parallax computes SHA-256: lower-case hex of the digest of a text's UTF-8 bytes,
 * used for fixed-size keys of long URLs, body fingerprints and cache keys.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** Hex SHA-256 of the text's UTF-8 bytes (64 characters). */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of the bytes (64 characters). */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
