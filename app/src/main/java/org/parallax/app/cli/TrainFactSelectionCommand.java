package org.parallax.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.train.FactSelectionTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code parallax train fact-selection}: the model that ranks and picks a brief's facts. */
@Command(name = "fact-selection", mixinStandardHelpOptions = true, description = {
        "Rebuild the fact-selection model fact-selection.tsv from stories/neus-dev.jsonl: logistic regression",
        "fitted to ROUGE-oracle labels of the train split (every tenth train story held back and only reported),",
        "the selection rule chosen on the val split. To refresh the shipped model, run it from the repository",
        "with --out core/src/main/resources/org/parallax/core/brief. Last line:",
        "fact-selection: held_back_rouge1=R ... val_rouge1=R ... val_multi_credit_facts=S file=PATH"})
public final class TrainFactSelectionCommand implements Callable<Integer> {
    @ParentCommand
    TrainCommand train;

    @Mixin
    TrainOptions options = new TrainOptions();

    @Override
    public Integer call() throws IOException {
        return TrainCommand.run(List.of(new FactSelectionTraining()), options.inputs(train.options),
                options.out(train.options));
    }
}
