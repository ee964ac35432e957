package org.parallax.core.text;

/**
 * A half-open range {@code [start, end)} of character offsets into a text. A sentence span always
 * denotes an exact substring of the text it was computed on.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
