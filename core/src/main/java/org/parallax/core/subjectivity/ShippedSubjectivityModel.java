package org.parallax.core.subjectivity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fact-or-opinion models shipped with Parallax, resources of this package, each written by
 * {@code parallax train subjectivity}. Their training data differ in their terms of use, which a
 * model trained on them carries (docs/models/subjectivity.md):
 * <ul>
 *   <li>{@link #CHECKTHAT}: the CheckThat! 2025 English train split (selected on its dev split), over
 *       a middle layer of e5-small-v2; licensed CC BY-NC-SA 4.0 like its data: non-commercial use,
 *       with attribution, derivatives under the same licence. The default.</li>
 *   <li>{@link #OWN}: the 2,329 sentences written for the project, over MiniLM vectors and surface
 *       cues; under the project's own licence, for uses the CheckThat! terms do not allow.</li>
 * </ul>
 */
public enum ShippedSubjectivityModel {
    OWN("own", "subjectivity-own.tsv",
            "2,329 sentences written for Parallax (subjectivity-sentences.tsv); licence: the project's"),
    CHECKTHAT("checkthat", "subjectivity-checkthat.tsv",
            "CheckThat! 2025 Task 1 English train split, selected on its dev split; licence: CC BY-NC-SA 4.0");

    private final String key;
    private final String resource;
    private final String trainedOn;

    ShippedSubjectivityModel(String key, String resource, String trainedOn) {
        this.key = key;
        this.resource = resource;
        this.trainedOn = trainedOn;
    }

    /** The name used in configuration and on the command line: {@code own} or {@code checkthat}. */
    public String key() {
        return key;
    }

    /** The model file's name, a resource beside this class. */
    public String resource() {
        return resource;
    }

    /** What the model is trained on and under which terms, as its file records it. */
    public String trainedOn() {
        return trainedOn;
    }

    /** The model as shipped. */
    public SubjectivityModel model() {
        try (InputStream in = ShippedSubjectivityModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return SubjectivityModel.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the accepted values when {@code value} is none of them */
    public static ShippedSubjectivityModel of(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown subjectivity model '" + value + "'; use "
                        + Arrays.stream(values()).map(ShippedSubjectivityModel::key).collect(Collectors.joining(" or "))));
    }
}
