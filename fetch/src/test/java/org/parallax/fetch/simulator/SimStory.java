package org.parallax.fetch.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A piece of writing the simulated outlets publish: a title and paragraphs generated from the
 * fixture vocabulary, different for every id. The first sentence names the story ("story0007"),
 * so that a test can tell which story a stored article is.
 */
public record SimStory(int id, String title, List<String> paragraphs) {
    private static final List<String> WORDS = vocabulary();

    public SimStory {
        paragraphs = List.copyOf(paragraphs);
    }

    public static SimStory generate(int id) {
        Random random = new Random(7919L * id + 13);
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder paragraph = new StringBuilder();
            if (p == 0) {
                paragraph.append("The ").append(token(id)).append(" report begins here. ");
            }
            for (int s = 0; s < 3; s++) {
                paragraph.append(sentence(random)).append(' ');
            }
            paragraphs.add(paragraph.toString().strip());
        }
        String title = capitalised(WORDS.get(random.nextInt(WORDS.size()))) + " " + WORDS.get(random.nextInt(WORDS.size()))
                + " " + WORDS.get(random.nextInt(WORDS.size())) + " in story " + id;
        return new SimStory(id, title, paragraphs);
    }

    /** The word that names this story in its text. */
    public static String token(int id) {
        return String.format(Locale.ROOT, "story%04d", id);
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The same story with one more paragraph: a syndicated copy one outlet extended. */
    public SimStory withAddedParagraph(String paragraph) {
        List<String> more = new ArrayList<>(paragraphs);
        more.add(paragraph);
        return new SimStory(id, title, more);
    }

    public SimStory retitled(String newTitle) {
        return new SimStory(id, newTitle, paragraphs);
    }

    private static String sentence(Random random) {
        int length = 12 + random.nextInt(9);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            out.append(w == 0 ? capitalised(word) : word).append(w == length - 1 ? "." : " ");
        }
        return out.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> vocabulary() {
        try (InputStream in = SimStory.class.getResourceAsStream("/simulator/words.txt")) {
            if (in == null) {
                throw new IllegalStateException("simulator/words.txt missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
