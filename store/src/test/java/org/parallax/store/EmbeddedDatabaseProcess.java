package org.parallax.store;

import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A second JVM holding an embedded database, for tests of locking and of being killed.
 * Prints "open" once the database is open; in mode "hold" it then waits for its stdin to
 * close, in mode "import" it stores articles, printing each stored id, until it is killed.
 */
public final class EmbeddedDatabaseProcess {

    public static void main(String[] args) throws IOException {
        Database db = Database.open(DatabaseSettings.embedded(Path.of(args[0])));
        System.out.println("open");
        System.out.flush();
        if (args[1].equals("hold")) {
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
            db.close();
            return;
        }
        long outletId = db.outlets().resolve(new OutletHint("Crash Daily", "crash.example", null)).id();
        for (int i = 0; ; i++) {
            db.articles().store(outletId, draft(i), Instant.now());
            System.out.println("stored " + i);
        }
    }

    /** The article the importer stores as number {@code i}. */
    static ArticleDraft draft(int i) {
        String url = "https://crash.example/" + i;
        OutletHint outlet = new OutletHint("Crash Daily", "crash.example", null);
        return new ArticleDraft(outlet, url, url, "Article " + i, null, null, textOf(i), ArticleKind.NEWS, "en");
    }

    static String textOf(int i) {
        return ("Paragraph of article " + i + ".\n\n").repeat(200);
    }

    /** Starts the process on {@code dataDir} and waits until it has opened the database. */
    static Child start(Path dataDir, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), dataDir.toString(), mode))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Child child = new Child(process,
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        String line;
        while ((line = child.output().readLine()) != null && !line.equals("open")) {
            // skip anything printed before
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IllegalStateException("child process could not open the database in " + dataDir);
        }
        return child;
    }

    record Child(Process process, BufferedReader output) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(java.time.Duration.ofSeconds(20))) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
