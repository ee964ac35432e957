package org.parallax.core.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.Topic;
import org.parallax.core.text.DataLines;
import org.parallax.core.text.Tokenizer;

/**
 * Weighted cue terms per topic, read from lines of the form {@code TOPIC weight term, term, ...}
 * (see {@code topic-lexicon.txt} next to this class for the format and the default lexicon).
 * Terms are kept as sequences of plural-folded words, indexed by their first word.
 */
public final class TopicLexicon {

    /** One cue: a word sequence, the topic it points to and its weight. */
    public record Cue(List<String> words, Topic topic, double weight) {
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    private TopicLexicon(List<Cue> cues) {
        for (Cue cue : cues) {
            byFirstWord.computeIfAbsent(cue.words().getFirst(), w -> new ArrayList<>()).add(cue);
        }
    }

    /** The lexicon shipped with Parallax. */
    public static TopicLexicon standard() {
        return parse(DataLines.resource(TopicLexicon.class, "topic-lexicon.txt"));
    }

    public static TopicLexicon parse(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (DataLines.Line line : DataLines.content(lines)) {
            String[] head = line.text().split("\\s+", 3);
            if (head.length < 3) {
                throw line.expected("TOPIC weight terms");
            }
            Topic topic = Topic.valueOf(head[0]);
            double weight = Double.parseDouble(head[1]);
            for (String term : head[2].split(",")) {
                List<String> words = Tokenizer.words(term).stream().map(Tokenizer::stem).toList();
                if (!words.isEmpty()) {
                    cues.add(new Cue(words, topic, weight));
                }
            }
        }
        return new TopicLexicon(cues);
    }

    /** Cues whose first word is {@code word} (plural-folded, lower case). */
    List<Cue> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }
}
