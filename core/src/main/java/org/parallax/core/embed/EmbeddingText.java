package org.parallax.core.embed;

import org.parallax.core.text.SentenceSplitter;

/**
 * The text of an article that is embedded: its headline and the first sentences of its text.
 * The headline and lead name the event; later paragraphs add background that two reports of one
 * event do not share, and sentence models read only the first few hundred word pieces anyway.
 * Changing this changes every vector: keep it in step with the embedder's model id.
 *
 * @param leadSentences how many sentences of the text follow the headline
 * @param leadChars     at most this many characters of lead
 */
public record EmbeddingText(int leadSentences, int leadChars) {

    /** The version of this rule, part of the cache key of stored vectors. */
    public static final String VERSION = "title+lead2/500";

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    public EmbeddingText {
        if (leadSentences < 0 || leadChars < 0) {
            throw new IllegalArgumentException("lead sizes must not be negative");
        }
    }

    public static EmbeddingText standard() {
        return new EmbeddingText(2, 500);
    }

    public String of(String title, String text) {
        String head = title == null ? "" : title.strip();
        String lead = text == null ? "" : SPLITTER.lead(text, leadSentences, leadChars).strip();
        if (head.isEmpty()) {
            return lead;
        }
        if (lead.isEmpty()) {
            return head;
        }
        char last = head.charAt(head.length() - 1);
        return head + (".!?".indexOf(last) >= 0 ? " " : ". ") + lead;
    }
}
