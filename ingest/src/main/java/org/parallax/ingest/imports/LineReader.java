package org.parallax.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines at "\n" (a "\r" before it is dropped, as is a UTF-8
 * byte-order mark at the start), never holding more than {@code maxLineBytes} of one line:
 * longer lines are skipped over and reported by number and length only.
 */
final class LineReader {
    /** A line of the file, numbered from 1. */
    sealed interface Line permits Text, Oversized {
        long number();
    }

    record Text(long number, byte[] bytes) implements Line {
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                    return false;
                }
            }
            return true;
        }
    }

    record Oversized(long number, long length) implements Line {
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long number;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the last line returned. */
    long lineNumber() {
        return number;
    }

    Optional<Line> next() throws IOException {
        lineLength = 0;
        long length = 0;
        boolean oversized = false;
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!any) {
                    return Optional.empty();
                }
                break;
            }
            any = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int chunk = end - position;
            length += chunk;
            if (!oversized) {
                if (lineLength + chunk > maxLineBytes) {
                    oversized = true;
                    lineLength = 0;
                } else {
                    append(chunk);
                }
            }
            position = end;
            if (newline >= 0) {
                position++;
                break;
            }
        }
        number++;
        if (oversized) {
            return Optional.of(new Oversized(number, length));
        }
        int start = 0;
        int end = lineLength;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        if (number == 1 && end >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        return Optional.of(new Text(number, Arrays.copyOfRange(line, start, end)));
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int chunk) {
        if (lineLength + chunk > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + chunk)));
        }
        System.arraycopy(buffer, position, line, lineLength, chunk);
        lineLength += chunk;
    }
}
