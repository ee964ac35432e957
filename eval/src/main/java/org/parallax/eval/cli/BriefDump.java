package org.parallax.eval.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parallax.eval.BriefEvaluation;
import org.parallax.core.model.Fact;

/** Writes each scored story of {@code eval brief} as one JSON line: id, brief, reference, ROUGE. */
final class BriefDump implements Consumer<BriefEvaluation.Scored>, AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final BufferedWriter out;

    BriefDump(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(BriefEvaluation.Scored scored) {
        ObjectNode line = json.createObjectNode();
        line.put("id", scored.story().id());
        line.put("title", scored.brief().title());
        var facts = line.putArray("facts");
        scored.brief().facts().stream().map(Fact::text).forEach(facts::add);
        line.put("reference", scored.reference());
        line.put("rouge1", 100 * scored.scores().rouge1());
        line.put("rouge2", 100 * scored.scores().rouge2());
        line.put("rougeL", 100 * scored.scores().rougeL());
        try {
            out.write(json.writeValueAsString(line));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
