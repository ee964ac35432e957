package org.parallax.core.subjectivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads labelled sentences in the CheckThat! subjectivity TSV shape: a header naming the columns,
 * then one sentence a line. The columns {@code sentence_id}, {@code sentence} and {@code label}
 * (SUBJ or OBJ) are found by their header names, in any order (the official files do not all
 * share one); other columns ({@code solved_conflict}...) are ignored. A malformed line is refused
 * with its number.
 */
public final class LabelledSentences {

    private LabelledSentences() {
    }

    /** @param source names the input in error messages */
    public static List<LabelledSentence> read(Reader reader, String source) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String header = lines.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> columns = header == null ? List.of() : Arrays.stream(header.split("\t")).map(String::strip).toList();
            int id = columns.indexOf("sentence_id");
            int sentence = columns.indexOf("sentence");
            int label = columns.indexOf("label");
            if (id < 0 || sentence < 0 || label < 0) {
                throw new IllegalArgumentException(source
                        + ": expected a header line naming the columns sentence_id, sentence and label (tab-separated)");
            }
            int needed = Math.max(id, Math.max(sentence, label)) + 1;
            List<LabelledSentence> out = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < needed) {
                    throw new IllegalArgumentException(source + " line " + number + ": expected " + needed
                            + " tab-separated fields, found " + fields.length);
                }
                String value = fields[label].strip();
                if (!(value.equals("SUBJ") || value.equals("OBJ"))) {
                    throw new IllegalArgumentException(source + " line " + number + ": expected a SUBJ or OBJ label");
                }
                out.add(new LabelledSentence(fields[id], fields[sentence], value.equals("SUBJ")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
