package org.parallax.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.ingest.extract.Extraction;
import org.parallax.ingest.extract.HtmlExtractor;
import org.parallax.ingest.extract.HtmlFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = {
        "Extract the article of saved HTML pages (.html or .html.gz): one JSON object per file and line,",
        "with file, title, byline, published, text, kind, language, canonical_url, paywalled, site_name.",
        "A file that cannot be read gives a line with file and error; the others go on."})
public final class ExtractCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    @Option(names = "--url", paramLabel = "URL",
            description = "The address the pages were fetched from (for relative links and URL sections).")
    String url;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files, plain or gzip-compressed.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path file : files) {
            ObjectNode line = JSON.createObjectNode().put("file", file.toString());
            try {
                describe(extractor.extract(HtmlFiles.read(file), url), line);
            } catch (IOException | RuntimeException e) {
                line.put("error", e.getMessage() != null ? e.getMessage() : e.toString());
                failed++;
            }
            out.println(JSON.writeValueAsString(line));
        }
        out.flush();
        return failed == 0 ? 0 : 1;
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
