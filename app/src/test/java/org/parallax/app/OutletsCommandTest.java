package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.outlets.RegistryFile;

/** {@code parallax outlets ...} and {@code parallax feeds} on an embedded database. */
class OutletsCommandTest {
    @TempDir
    Path tempDir;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String run(String... args) {
        out.reset();
        err.reset();
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data";
        withData[args.length + 1] = tempDir.resolve("data").toString();
        int code = Main.run(Map.of(), withData);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRegistryIsThereFromTheFirstWriteAndOutletsCanBeAddedAndRemoved() {
        int registered = RegistryFile.builtIn().outlets().size();
        assertThat(run("outlets", "add", "--name", "Example News", "--domain", "www.example.com", "--feed",
                "https://example.com/rss", "--opinion-feed", "https://example.com/opinion/rss", "--stance", "-0.2",
                "--country", "nz")).startsWith("added outlet").contains("Example News (example.com), 2 feeds");
        assertThat(run("outlets", "list")).contains("The Guardian", "theguardian.com", "state media")
                .contains("Example News").contains((registered + 1) + " outlets");
        assertThat(run("feeds")).contains("https://example.com/opinion/rss").contains("Opinion");

        assertThat(run("outlets", "remove", "example.com")).startsWith("removed outlet").contains("its 2 feeds");
        assertThat(run("outlets", "remove", "theguardian.com")).contains("removed outlet");
        // A restart does not bring a removed registry outlet back.
        assertThat(run("outlets", "list")).doesNotContain("theguardian.com").contains((registered - 1) + " outlets");
    }

    @Test
    void opmlExportAndImportCarryOutletsAndFeeds() throws Exception {
        Path mine = tempDir.resolve("mine.opml");
        Files.writeString(mine, """
                <opml version="2.0"><body>
                  <outline type="rss" text="Reader Blog" xmlUrl="https://blog.example.org/feed" htmlUrl="https://blog.example.org/"/>
                  <outline type="rss" text="BBC Africa" xmlUrl="https://feeds.bbci.co.uk/news/world/africa/rss.xml" htmlUrl="https://www.bbc.co.uk/news/world/africa"/>
                </body></opml>""");
        assertThat(run("outlets", "import-opml", mine.toString())).contains("1 outlets added, 2 feeds added");
        String list = run("outlets", "list");
        assertThat(list).contains("Reader Blog", "BBC News").doesNotContain("BBC Africa");

        Path file = tempDir.resolve("outlets.opml");
        assertThat(run("outlets", "export-opml", file.toString())).contains("outlets.opml: ");
        assertThat(Files.readString(file)).contains("xmlUrl=\"https://feeds.bbci.co.uk/news/rss.xml\"",
                "xmlUrl=\"https://blog.example.org/feed\"");
    }
}
