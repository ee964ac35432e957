package org.parallax.eval.bias;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.ratings.Phrases;

/** Article texts by outlet and, computed once, their phrase ids (what the phrase model reads). */
public record BiasCorpus(Map<String, List<String>> texts, Map<String, List<int[]>> phrases) {

    public static BiasCorpus of(Map<String, List<String>> texts) {
        Map<String, List<int[]>> phrases = new LinkedHashMap<>();
        texts.forEach((outlet, list) -> phrases.put(outlet, list.parallelStream().map(Phrases::ids).toList()));
        return new BiasCorpus(texts, phrases);
    }

    /** The two corpora together; an outlet in both keeps the articles of each. */
    public BiasCorpus with(BiasCorpus other) {
        if (other == this) {
            return this;
        }
        Map<String, List<String>> t = new LinkedHashMap<>(texts);
        Map<String, List<int[]>> p = new LinkedHashMap<>(phrases);
        other.texts.forEach((k, v) -> t.merge(k, v, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        other.phrases.forEach((k, v) -> p.merge(k, v, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        return new BiasCorpus(t, p);
    }

    public int articles(String outlet) {
        return texts.getOrDefault(outlet, List.of()).size();
    }
}
