package org.parallax.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.Main;
import org.parallax.core.brief.FactScorer;
import org.parallax.core.subjectivity.ShippedSubjectivityModel;
import org.parallax.eval.DataFolder;

/** {@code parallax train} on a small data folder written for the test: the same data give the same files. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final String[] REPORTS = {
            "The council voted 7-2 on Tuesday to approve a transit plan.",
            "Officials said more than 40,000 homes lost power.",
            "The storm made landfall early on Friday, according to the weather service.",
            "Construction of the first line is scheduled to begin next spring.",
            "The minister said the figures would be published in March.",
            "The court adjourned the hearing until June 4.",
            "The company reported revenue of $1.2 billion for the quarter.",
            "Police said two people were arrested at the scene."};
    private static final String[] OPINIONS = {
            "We should have fixed the roads people already use.",
            "This plan is nothing more than a reckless giveaway.",
            "Why would anyone trust a council that cannot balance its books?",
            "It is a shameful episode that the city will regret for decades.",
            "Frankly, the minister's excuses are absurd.",
            "We must stop pretending this disaster is a success.",
            "What a ridiculous waste of everyone's time!",
            "The decision is a disgrace and should be reversed."};

    /** Sentences {@code from} to {@code to} (exclusive) of each kind, columns in the given order. */
    private static String tsv(int from, int to, boolean labelFirst) {
        StringBuilder s = new StringBuilder(labelFirst ? "label\tsentence_id\tsentence\n" : "sentence_id\tsentence\tlabel\n");
        for (int i = from; i < to; i++) {
            s.append(labelFirst ? "OBJ\to" + i + "\t" + REPORTS[i] : "o" + i + "\t" + REPORTS[i] + "\tOBJ").append('\n');
            s.append(labelFirst ? "SUBJ\ts" + i + "\t" + OPINIONS[i] : "s" + i + "\t" + OPINIONS[i] + "\tSUBJ").append('\n');
        }
        return s.toString();
    }

    private static final String[] PLACES = {"Riverton", "Lakeside", "Hillcrest", "Maple Falls", "Stonebridge",
            "Oakdale", "Fairview", "Brookfield", "Cedar Grove", "Pinehurst", "Westport", "Ashford"};

    /**
     * Stories in the NeuS shape, three outlets each: the first two open on the same event in other words,
     * the third on a side remark; the reference summary says what the openings say.
     */
    private static String stories() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < PLACES.length; i++) {
            String place = PLACES[i];
            int homes = 1000 + 137 * i;
            String split = i < 10 ? "train" : "val";
            String a = "The " + place + " council approved a flood defence plan on Tuesday that protects " + homes
                    + " homes. The vote followed two months of public hearings in the town hall. Residents of the"
                    + " northern district asked for the work to begin before the winter storms.";
            String b = "Councillors in " + place + " voted on Tuesday for a flood defence plan covering " + homes
                    + " homes. The plan will be paid for by a regional infrastructure fund over five years. Local"
                    + " shop owners said the construction would block the market square for months.";
            String c = "A local historian in " + place + " published a book about the old river mill last spring."
                    + " The " + place + " council approved the flood defence plan on Tuesday after a long debate."
                    + " The mill was closed in the nineteen sixties after a fire destroyed the main building.";
            s.append("{\"id\": \"neus-").append(split).append('-').append(i).append("\", \"split\": \"").append(split)
                    .append("\", \"articles\": [")
                    .append("{\"title\": \"").append(place).append(" approves flood plan\", \"text\": \"").append(a).append("\"}, ")
                    .append("{\"title\": \"").append(place).append(" votes for flood defences\", \"text\": \"").append(b).append("\"}, ")
                    .append("{\"title\": \"The old mill of ").append(place).append("\", \"text\": \"").append(c).append("\"}], ")
                    .append("\"reference_title\": \"").append(place).append(" Approves Flood Defence Plan\", ")
                    .append("\"reference\": \"The ").append(place).append(" council approved a flood defence plan on Tuesday")
                    .append(" that protects ").append(homes).append(" homes, paid for by a regional infrastructure fund.\"}\n");
        }
        return s.toString();
    }

    private Path datasets() throws IOException {
        Path datasets = dir.resolve("datasets");
        Files.createDirectories(datasets.resolve("subjectivity"));
        Files.createDirectories(datasets.resolve("stories"));
        Files.writeString(datasets.resolve(DataFolder.CHECKTHAT_TRAIN), tsv(0, 5, false));
        Files.writeString(datasets.resolve(DataFolder.CHECKTHAT_DEV), tsv(5, 8, true));
        Files.writeString(datasets.resolve(DataFolder.NEUS_DEV), stories());
        return datasets;
    }

    @Test
    void trainingEveryModelTwiceWritesByteIdenticalFiles() throws IOException {
        Path datasets = datasets();
        Path own = Files.writeString(dir.resolve("own.tsv"), tsv(0, 8, false));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        for (Path outDir : new Path[] {first, second}) {
            assertThat(Main.run(Map.of(), "train", "--datasets", datasets.toString(), "--own-sentences", own.toString(),
                    "--out", outDir.toString())).isZero();
        }
        for (ShippedSubjectivityModel model : ShippedSubjectivityModel.values()) {
            byte[] a = Files.readAllBytes(first.resolve(model.resource()));
            assertThat(a).isEqualTo(Files.readAllBytes(second.resolve(model.resource())));
            assertThat(new String(a, StandardCharsets.UTF_8)).contains("trained_on\t" + model.trainedOn());
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("subjectivity-checkthat: held_out=\"dev set (6 sentences)\"");
        byte[] facts = Files.readAllBytes(first.resolve(FactScorer.RESOURCE));
        assertThat(facts).isEqualTo(Files.readAllBytes(second.resolve(FactScorer.RESOURCE)));
        FactScorer scorer = FactScorer.read(new java.io.StringReader(new String(facts, StandardCharsets.UTF_8)));
        assertThat(scorer.trainedOn()).contains("split train (9 stories fitted").contains("(2 stories)");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("fact-selection: held_back_rouge1=");
    }

    @Test
    void factSelectionNeedsTheNeusStories() throws IOException {
        Path datasets = datasets();
        Files.delete(datasets.resolve(DataFolder.NEUS_DEV));
        assertThat(Main.run(Map.of(), "train", "fact-selection", "--datasets", datasets.toString(), "--out",
                dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(DataFolder.NEUS_DEV).contains("--datasets DIR");
    }

    /** Options go before or after the subcommand. */
    @Test
    void missingDataAreAOneLineErrorSayingWhatToDo() {
        assertThat(Main.run(Map.of(), "train", "subjectivity", "--datasets", dir.resolve("none").toString(), "--out",
                dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(dir.resolve("none").toString()).contains("--datasets DIR");
        out.reset();
        assertThat(Main.run(Map.of(), "train", "--datasets", dir.resolve("none").toString(), "--out", dir.toString(),
                "subjectivity")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(dir.resolve("none").toString());
    }
}
