package org.parallax.core.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled sample of story/question pairs, read from tab-separated lines:
 * {@code S id title lead}, {@code Q id question background}, {@code P story-id question-id 0|1};
 * lines starting with '#' and blank lines are ignored.
 */
public record MatchingSample(Map<String, Story> stories, Map<String, Question> questions, List<Pair> pairs) {

    public record Story(String id, String title, String lead) {
    }

    public record Question(String id, String question, String background) {
    }

    /** @param match whether the question is a fitting nerd narrative for the story */
    public record Pair(String storyId, String questionId, boolean match) {
    }

    public MatchingSample {
        stories = Map.copyOf(stories);
        questions = Map.copyOf(questions);
        pairs = List.copyOf(pairs);
    }

    /** @throws IllegalArgumentException naming the line of the first malformed row */
    public static MatchingSample parse(List<String> lines) {
        Map<String, Story> stories = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = "line " + number + ": ";
            switch (f[0]) {
                case "S" -> {
                    require(f.length == 4, where + "a story row has 4 fields");
                    stories.put(f[1], new Story(f[1], f[2], f[3]));
                }
                case "Q" -> {
                    require(f.length == 3 || f.length == 4, where + "a question row has 3 or 4 fields");
                    questions.put(f[1], new Question(f[1], f[2], f.length == 4 && !f[3].isBlank() ? f[3] : null));
                }
                case "P" -> {
                    require(f.length == 4 && (f[3].equals("0") || f[3].equals("1")), where + "a pair row is P story question 0|1");
                    require(stories.containsKey(f[1]) && questions.containsKey(f[2]), where + "unknown story or question id");
                    pairs.add(new Pair(f[1], f[2], f[3].equals("1")));
                }
                default -> throw new IllegalArgumentException(where + "unknown row type '" + f[0] + "'");
            }
        }
        return new MatchingSample(stories, questions, pairs);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
