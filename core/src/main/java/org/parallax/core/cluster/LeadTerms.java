package org.parallax.core.cluster;

import java.util.HashMap;
import java.util.Map;

import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Tokenizer;

/** The weighted content words of an article's headline and lead, which grouping compares. */
final class LeadTerms {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TfIdfGroupingSettings settings;

    LeadTerms(TfIdfGroupingSettings settings) {
        this.settings = settings;
    }

    /** Term frequencies: headline words count {@code titleWeight}, lead words 1. */
    Map<String, Double> of(GroupingInput article) {
        Map<String, Double> tf = new HashMap<>();
        for (String w : Tokenizer.contentWords(article.title() == null ? "" : article.title())) {
            tf.merge(w, settings.titleWeight(), Double::sum);
        }
        for (String w : Tokenizer.contentWords(lead(article.text() == null ? "" : article.text()))) {
            tf.merge(w, 1.0, Double::sum);
        }
        return tf;
    }

    String lead(String text) {
        return splitter.lead(text, settings.leadSentences(), settings.leadChars());
    }
}
