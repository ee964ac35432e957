package org.parallax.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.train.SubjectivityTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code parallax train subjectivity}: the two fact-or-opinion models only. */
@Command(name = "subjectivity", mixinStandardHelpOptions = true, description = {
        "Rebuild the fact-or-opinion models: subjectivity-own.tsv (the project's own sentences, 5-fold",
        "cross-validation) and subjectivity-checkthat.tsv (CheckThat! 2025 English train split, selected on",
        "its dev split). Prints the held-out scores; one line per model:",
        "subjectivity-NAME: held_out=... held_out_macro_f1=F ... cv_macro_f1=F ... lambda=L threshold=T ..."})
public final class TrainSubjectivityCommand implements Callable<Integer> {
    @ParentCommand
    TrainCommand train;

    @Mixin
    TrainOptions options = new TrainOptions();

    @Override
    public Integer call() throws IOException {
        return TrainCommand.run(List.of(new SubjectivityTraining()), options.inputs(train.options),
                options.out(train.options));
    }
}
