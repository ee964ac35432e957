package org.parallax.markets;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a question-bank file (JSONL, optionally gzipped) line by line. A bad line is a
 * {@link BankItem.Skipped} with its line number; lines longer than {@link #MAX_LINE_CHARS} are
 * skipped without being held in memory.
 */
public final class QuestionBankReader implements Closeable {

    public static final int MAX_LINE_CHARS = 1 << 20;

    private final BufferedReader in;
    private final String name;
    private long lineNumber;

    private QuestionBankReader(BufferedReader in, String name) {
        this.in = in;
        this.name = name;
    }

    public static QuestionBankReader open(Path file) throws IOException {
        InputStream stream = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                stream = new GZIPInputStream(stream, 64 * 1024);
            }
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        return new QuestionBankReader(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 64 * 1024),
                file.getFileName().toString());
    }

    /** The next item, or empty at the end of the file; blank lines are passed over. */
    public Optional<BankItem> next() throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            boolean oversized = false;
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (line.length() < MAX_LINE_CHARS) {
                    line.append((char) c);
                } else {
                    oversized = true;
                }
            }
            if (c == -1 && line.isEmpty()) {
                return Optional.empty();
            }
            lineNumber++;
            String location = name + " line " + lineNumber;
            if (oversized) {
                return Optional.of(new BankItem.Skipped(location, "line over " + MAX_LINE_CHARS + " characters"));
            }
            String text = line.toString().strip();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                return Optional.of(BankLineParser.parse(location, text));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
