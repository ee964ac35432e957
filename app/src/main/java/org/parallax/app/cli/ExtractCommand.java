package org.parallax.app.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.extract.Extraction;
import org.parallax.extract.HtmlExtractor;
import org.parallax.extract.HtmlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = {
        "Extract the article of saved HTML pages (.html or .html.gz), one JSON object per file and line.",
        "Fields: file, title, byline, published, text, kind, language, canonical_url, paywalled, site_name.",
        "A file that cannot be read gives a line with file and error; the others go on."})
public final class ExtractCommand implements Callable<Integer> {
    // Non-ASCII characters escaped: the lines read the same whatever the console's encoding.
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "The address the pages were fetched from, for relative links and URL sections"
                    + " such as /opinion/ (applies to every FILE).")
    String url;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files, plain or gzip-compressed.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        // One extractor for all files: a thousand pages take one start-up.
        HtmlExtractor extractor = new HtmlExtractor();
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path file : files) {
            ObjectNode line = JSON.createObjectNode().put("file", file.toString());
            try {
                describe(extractor.extract(HtmlFiles.read(file), url), line);
            } catch (IOException | RuntimeException e) {
                line.put("error", reason(e));
                failed++;
            }
            out.println(JSON.writeValueAsString(line));
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void describe(Extraction extraction, ObjectNode line) {
        line.put("title", extraction.title());
        line.put("byline", extraction.byline());
        line.put("published", extraction.published() != null ? extraction.published().toString() : null);
        line.put("text", extraction.text());
        line.put("kind", extraction.kind() != null ? extraction.kind().name().toLowerCase(Locale.ROOT) : null);
        line.put("language", extraction.language());
        line.put("canonical_url", extraction.canonicalUrl());
        line.put("paywalled", extraction.paywalled());
        line.put("site_name", extraction.siteName());
    }
}
