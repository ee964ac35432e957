package org.parallax.app.cli;

/**
 * How a command's failure is told: one line and an exit code. A bad setting or argument
 * ({@link IllegalArgumentException}) is a usage mistake (2); a failure the user can act on
 * ({@link IllegalStateException}: no data yet, a database locked or unreachable, a port in use)
 * says what to do (1); anything else is unexpected (1) and points to {@code --verbose}.
 *
 * @param message  one line, without the {@code parallax:} prefix
 * @param exitCode 1 or 2
 */
public record Failure(String message, int exitCode) {

    public static Failure of(Throwable e) {
        if (e instanceof IllegalArgumentException) {
            return new Failure(firstLine(e.getMessage()), 2);
        }
        if (e instanceof IllegalStateException) {
            return new Failure(firstLine(e.getMessage()), 1);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Failure("unexpected failure: " + firstLine(root.toString())
                + " (run the command again with --verbose for the details)", 1);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
