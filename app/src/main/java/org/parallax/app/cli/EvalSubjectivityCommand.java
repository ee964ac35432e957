package org.parallax.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parallax.core.metrics.BinaryScores;
import org.parallax.core.subjectivity.SubjectivityClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "subjectivity", description = {
        "Score the fact-or-opinion sentence classifier on a CheckThat! 2025 subjectivity file",
        "(TSV with a header: sentence_id, sentence, label SUBJ/OBJ, ...): macro-F1 over SUBJ and OBJ."})
public final class EvalSubjectivityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", description = "Labelled sentences.")
    Path file;

    @Override
    public Integer call() throws IOException {
        SubjectivityClassifier classifier = new SubjectivityClassifier();
        BinaryScores scores = new BinaryScores();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null || !header.startsWith("sentence_id\tsentence\tlabel")) {
                throw new IllegalArgumentException(file + ": expected a header 'sentence_id<TAB>sentence<TAB>label'");
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                String[] fields = line.split("\t");
                if (fields.length < 3 || !(fields[2].equals("SUBJ") || fields[2].equals("OBJ"))) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected a SUBJ or OBJ label");
                }
                scores.add(fields[2].equals("SUBJ"), classifier.isSubjective(fields[1]));
            }
        }
        System.out.printf(Locale.ROOT, "subjectivity: macro_f1=%.3f accuracy=%.3f%n", scores.macroF1(),
                scores.accuracy());
        return 0;
    }
}
