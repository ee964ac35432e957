package org.parallax.core.cluster.online;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.parallax.core.cluster.GroupingInput;
import org.parallax.core.embed.Vectors;
import org.parallax.core.model.ArticleKind;

/**
 * A made-up news stream for grouper tests: events of a few related subjects, each reported by
 * several articles within hours, whose vectors scatter around the event's and whose headlines
 * mix the event's own words with the subject's. Events of one subject are close, so that some
 * stories start apart and merge later.
 */
final class SyntheticNews {

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tis", "van", "dor", "pel", "ru", "sen", "gat", "bo", "lin"};

    private SyntheticNews() {
    }

    static List<GroupingInput> articles(int count, int dimensions, Random random) {
        return articles(count, dimensions, random, false);
    }

    /**
     * @param arguments whether events also get opinion and analysis pieces: later than the reports,
     *                  further from the event's vector, with only one of its words and their own
     */
    static List<GroupingInput> articles(int count, int dimensions, Random random, boolean arguments) {
        List<GroupingInput> out = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        float[][] subjects = new float[6][];
        String[] subjectWords = new String[subjects.length];
        for (int s = 0; s < subjects.length; s++) {
            subjects[s] = gaussian(dimensions, random);
            subjectWords[s] = word(random) + " " + word(random);
        }
        long id = 1;
        int event = 0;
        while (out.size() < count) {
            int subject = random.nextInt(subjects.length);
            float[] centre = mix(subjects[subject], gaussian(dimensions, random), 0.8);
            String eventWords = word(random) + " " + word(random) + " " + word(random);
            Instant at = start.plus(Duration.ofMinutes(event * 40L));
            int reports = 2 + random.nextInt(5);
            for (int r = 0; r < reports && out.size() < count; r++) {
                float[] v = mix(centre, gaussian(dimensions, random), 0.35);
                String title = eventWords + " " + subjectWords[subject] + " " + word(random);
                String text = "Officials said " + eventWords + " on " + word(random) + ". " + subjectWords[subject] + " " + word(random) + ".";
                out.add(new GroupingInput(id++, r, at.plus(Duration.ofMinutes(120 + random.nextInt(600))), title, text,
                        ArticleKind.NEWS, v));
            }
            if (event % 3 == 0) {
                // Two early reports from opposite angles (the crime, the arrest), which the later ones bridge.
                float[] angle = gaussian(dimensions, random);
                String[] facetWords = {word(random) + " " + word(random), word(random) + " " + word(random)};
                for (int side = 0; side < 2 && out.size() < count; side++) {
                    float[] v = mix(centre, angle, side == 0 ? 0.5 : -0.5);
                    String title = facetWords[side] + " " + eventWords + " " + subjectWords[subject];
                    out.add(new GroupingInput(id++, 10 + side, at.plus(Duration.ofMinutes(side * 30L)), title,
                            facetWords[side] + ".", ArticleKind.NEWS, v));
                }
            }
            if (arguments) {
                int pieces = random.nextInt(3);
                for (int p = 0; p < pieces && out.size() < count; p++) {
                    float[] v = mix(centre, gaussian(dimensions, random), 0.8);
                    String title = eventWords.split(" ")[random.nextInt(3)] + " " + subjectWords[subject] + " "
                            + word(random) + " " + word(random);
                    String text = "It is time to " + word(random) + " the " + word(random) + ".";
                    ArticleKind kind = random.nextBoolean() ? ArticleKind.OPINION : ArticleKind.ANALYSIS;
                    out.add(new GroupingInput(id++, 20 + p, at.plus(Duration.ofMinutes(300 + random.nextInt(900))), title,
                            text, kind, v));
                }
            }
            event++;
        }
        out.sort(Comparator.comparing(GroupingInput::time).thenComparingLong(GroupingInput::articleId));
        return out;
    }

    private static float[] gaussian(int dimensions, Random random) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.unit(v);
    }

    /** Unit vector of {@code base} plus {@code noise} scaled by {@code amount}. */
    private static float[] mix(float[] base, float[] noise, double amount) {
        float[] v = new float[base.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + amount * noise[i]);
        }
        return Vectors.unit(v);
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
