package org.parallax.eval;

import java.nio.file.Path;

/**
 * The data folder that evaluation and training read (laid out as {@code shared/datasets}), and the
 * files in it that commands fall back to when none is given.
 */
public final class DataFolder {

    /** The default data folder: beside the repository. */
    public static final Path DEFAULT = Path.of("..", "shared", "datasets");

    /** The CheckThat! 2025 Task 1 English subjectivity splits, relative to the data folder. */
    public static final String BIAS_DEV_ARTICLES = "bias/articles-dev.jsonl.gz";
    public static final String BIAS_DEV_OUTLETS = "bias/outlets-dev.tsv";
    public static final String CHECKTHAT_TRAIN = "subjectivity/checkthat2025-en-train.tsv";
    public static final String CHECKTHAT_DEV = "subjectivity/checkthat2025-en-dev.tsv";
    /** NeuS train and validation stories with their neutral reference summaries. */
    public static final String NEUS_DEV = "stories/neus-dev.jsonl";

    private DataFolder() {
    }
}
