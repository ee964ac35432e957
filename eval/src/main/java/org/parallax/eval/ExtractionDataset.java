package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.extract.HtmlFiles;

/**
 * A directory in the layout of the Zyte article-extraction benchmark: {@code ground-truth.json}
 * ({@code {id: {"articleBody": ..., "url": ...}}}) and {@code html/<id>.html.gz} (or {@code .html}).
 */
public final class ExtractionDataset {

    private ExtractionDataset() {
    }

    /** Every page of the ground truth, in its order; a page whose HTML cannot be read carries the error. */
    public static List<ExtractionPage> load(Path dir) throws IOException {
        JsonNode truth = JsonMapper.builder().build().readTree(dir.resolve("ground-truth.json").toFile());
        if (!truth.isObject()) {
            throw new IOException("ground-truth.json is not a JSON object of pages");
        }
        List<ExtractionPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            String id = entry.getKey();
            JsonNode page = entry.getValue();
            String body = page.path("articleBody").asText("");
            String url = page.path("url").asText(null);
            try {
                pages.add(new ExtractionPage(id, url, body, HtmlFiles.read(htmlFile(dir, id)), null));
            } catch (IOException e) {
                pages.add(new ExtractionPage(id, url, body, null, describe(e)));
            }
        }
        return pages;
    }

    private static Path htmlFile(Path dir, String id) {
        Path compressed = dir.resolve("html").resolve(id + ".html.gz");
        return Files.exists(compressed) ? compressed : dir.resolve("html").resolve(id + ".html");
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no HTML file " + e.getMessage() : e.toString();
    }
}
