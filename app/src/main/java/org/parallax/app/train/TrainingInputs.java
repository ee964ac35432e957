package org.parallax.app.train;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code parallax train} reads its data.
 *
 * @param datasets     the data folder, laid out as {@code shared/datasets} (e.g. {@code subjectivity/...})
 * @param ownSentences the project's own labelled fact-or-opinion sentences, when not the shipped ones
 * @param nativeDir    where the sentence models unpack their native libraries
 */
public record TrainingInputs(Path datasets, Optional<Path> ownSentences, Path nativeDir) {
}
