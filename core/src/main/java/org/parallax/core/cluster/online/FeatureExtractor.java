package org.parallax.core.cluster.online;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.text.NamedEntities;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Tokenizer;

/** Turns a grouping input into {@link ArticleFeatures}: words, names and hash keys of headline and lead. */
final class FeatureExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final OnlineGroupingSettings settings;
    private final HyperplaneHash hash;

    FeatureExtractor(OnlineGroupingSettings settings, HyperplaneHash hash) {
        this.settings = settings;
        this.hash = hash;
    }

    ArticleFeatures of(GroupingInput article) {
        String title = article.title() == null ? "" : article.title();
        String lead = article.text() == null ? "" : splitter.lead(article.text(), settings.leadSentences(),
                settings.leadChars());
        Map<String, Integer> terms = new HashMap<>();
        for (String w : Tokenizer.contentWords(title)) {
            terms.merge(w, settings.titleWeight(), Integer::sum);
        }
        for (String w : Tokenizer.contentWords(lead)) {
            terms.merge(w, 1, Integer::sum);
        }
        Set<String> entities = new LinkedHashSet<>(NamedEntities.ofHeadline(title));
        entities.addAll(NamedEntities.of(lead));
        float[] vector = usable(article.embedding()) ? article.embedding() : null;
        return new ArticleFeatures(article.articleId(), article.time(), vector, Map.copyOf(terms),
                List.copyOf(new ArrayList<>(entities)), vector == null ? null : hash.keys(vector),
                article.kind().isArgument());
    }

    /** A zero vector (a blank text) carries no meaning and would share one bucket with every other. */
    private static boolean usable(float[] v) {
        if (v == null) {
            return false;
        }
        for (float x : v) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }
}
