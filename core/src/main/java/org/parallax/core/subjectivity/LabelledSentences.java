package org.parallax.core.subjectivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled sentences in the CheckThat! subjectivity TSV shape: a header starting
 * {@code sentence_id<TAB>sentence<TAB>label}, then one sentence a line with the label SUBJ or OBJ;
 * further columns are ignored. A malformed line is refused with its number.
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
            if (header == null || !header.startsWith("sentence_id\tsentence\tlabel")) {
                throw new IllegalArgumentException(source + ": expected a header 'sentence_id<TAB>sentence<TAB>label'");
            }
            List<LabelledSentence> out = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 3 || !(fields[2].equals("SUBJ") || fields[2].equals("OBJ"))) {
                    throw new IllegalArgumentException(source + " line " + number + ": expected a SUBJ or OBJ label");
                }
                out.add(new LabelledSentence(fields[0], fields[1], fields[2].equals("SUBJ")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
