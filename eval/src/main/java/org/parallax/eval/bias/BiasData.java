package org.parallax.eval.bias;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the bias data set's two files: outlets (TSV with a header) and articles (JSON lines, gzipped or not). */
public final class BiasData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BiasData() {
    }

    public static List<BiasOutlet> outlets(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(tsv + " is empty: expected a header naming outlet, baly_label, ...");
        }
        String[] header = lines.getFirst().split("\t", -1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip(), i);
        }
        for (String required : List.of("outlet", "baly_label", "allsides_rating", "domain_group")) {
            if (!column.containsKey(required)) {
                throw new IllegalArgumentException(tsv + ": the header has no column " + required);
            }
        }
        List<BiasOutlet> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < header.length) {
                continue;
            }
            out.add(new BiasOutlet(f[column.get("outlet")], column.containsKey("outlet_url") ? f[column.get("outlet_url")] : "",
                    f[column.get("baly_label")], f[column.get("allsides_rating")], f[column.get("domain_group")]));
        }
        return out;
    }

    /** Article texts (title, blank line, body) by outlet name; lines without an outlet or text are skipped. */
    public static Map<String, List<String>> articles(Path jsonl) throws IOException {
        Map<String, List<String>> byOutlet = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(jsonl);
             InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String outlet = node.path("outlet").asText("");
                String text = node.path("text").asText("");
                if (outlet.isEmpty() || text.isBlank()) {
                    continue;
                }
                byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>()).add(node.path("title").asText("") + "\n\n" + text);
            }
        }
        return byOutlet;
    }
}
