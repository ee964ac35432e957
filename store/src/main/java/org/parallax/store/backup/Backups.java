package org.parallax.store.backup;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every backup and restore makes of its file. */
final class Backups {
    private Backups() {
    }

    /** A backup never overwrites a file: an older backup is worth keeping. */
    static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists already: give a new file name (a backup never overwrites one)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalStateException("no directory " + parent + " to write the backup in");
        }
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalStateException("cannot read the backup " + file);
        }
    }
}
