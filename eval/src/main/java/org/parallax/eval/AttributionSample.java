package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A judged sample of (fact, outlet of the story) pairs, as keys and labels only: a TSV with the header
 * {@code article_url fact_sha256 outlet supported half}: the address of the fact's source article,
 * the SHA-256 of the fact's text (UTF-8, hex), the outlet's name, {@code yes} or {@code no}, and
 * {@code calibration} or {@code held-out}. Lines starting with {@code #} are comments.
 */
public final class AttributionSample {

    public static final String HEADER = "article_url\tfact_sha256\toutlet\tsupported\thalf";

    public record Pair(String articleUrl, String factSha256, String outlet, boolean supported, String half) {
    }

    private AttributionSample() {
    }

    public static List<Pair> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Pair> pairs = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected the header " + HEADER.replace('\t', ' '));
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5 || !(f[3].equals("yes") || f[3].equals("no"))) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 5 tab-separated fields, supported yes or no");
            }
            pairs.add(new Pair(f[0], f[1], f[2], f[3].equals("yes"), f[4]));
        }
        return pairs;
    }
}
