package org.parallax.app;

import java.nio.file.Path;

/** {@link Fixtures} for tests in other packages. */
public final class FixtureFiles {
    private FixtureFiles() {
    }

    public static Path copy(String name, Path dir) {
        return Fixtures.copy(name, dir);
    }
}
