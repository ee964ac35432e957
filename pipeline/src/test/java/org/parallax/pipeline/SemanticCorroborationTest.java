package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.parallax.pipeline.Pipelines;
import org.parallax.pipeline.testing.TestModel;
import org.parallax.core.brief.BriefSettings;
import org.parallax.core.brief.Numbers;
import org.parallax.core.embed.Vectors;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.topic.TopicClassifier;

/** Facts corroborated in other words, through the real sentence model. */
class SemanticCorroborationTest {

    private static final double THRESHOLD = BriefSettings.defaults().semanticSupportThreshold();

    private record Pair(boolean same, String a, String b) {
    }

    @Test
    void theThresholdSeparatesTheLabelledPairs() throws IOException {
        List<Pair> pairs = pairs();
        int truePositives = 0;
        int falsePositives = 0;
        int same = 0;
        for (Pair p : pairs) {
            double cosine = Vectors.dot(TestModel.embedder().embed(p.a()), TestModel.embedder().embed(p.b()));
            // The production rule: close in meaning, and no conflicting figures.
            boolean restated = cosine >= THRESHOLD && Numbers.compatible(p.a(), p.b());
            same += p.same() ? 1 : 0;
            truePositives += restated && p.same() ? 1 : 0;
            falsePositives += restated && !p.same() ? 1 : 0;
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(falsePositives).as("pairs of different facts taken for the same").isZero();
        assertThat((double) truePositives / same).as("recall of restated facts").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aFactRestatedInOtherWordsIsAttributedToBothOutlets() {
        Outlet wire = new Outlet(1, "Center Wire", "wire.example", "US", null, null, List.of());
        Outlet daily = new Outlet(2, "Harbor Daily", "daily.example", "US", null, null, List.of());
        List<SourcedArticle> story = List.of(
                article(1, wire, "Council raises bus fares",
                        "The city council voted 7-2 on Tuesday to raise bus fares by 25 cents starting in March. "
                                + "The transit agency expects the change to bring in $4 million a year."),
                article(2, daily, "Bus riders will pay more from March",
                        "On Tuesday, council members approved a 25-cent increase in bus fares, effective in March, by a vote of seven to two. "
                                + "Riders' groups have said the increase will hurt low-income commuters the most."));
        Brief brief = Pipelines.composer(InstantSource.fixed(Instant.EPOCH), new TopicClassifier(), ForecastSource.NONE,
                TestModel.embedder()).compose(1, story);
        Fact vote = brief.facts().getFirst();
        assertThat(vote.sources()).extracting(SourceRef::outletName).containsExactlyInAnyOrder("Center Wire", "Harbor Daily");
        assertThat(brief.facts()).extracting(Fact::text)
                .as("the restatement is not a second fact").noneMatch(t -> t.startsWith("On Tuesday, council members approved"));
        assertThat(vote.sources().get(1).sentence()).startsWith("On Tuesday, council members approved");
    }

    private static SourcedArticle article(long id, Outlet outlet, String title, String text) {
        Instant when = Instant.parse("2024-03-05T06:00:00Z").plusSeconds(id * 60);
        String url = "https://" + outlet.domain() + "/" + id;
        return new SourcedArticle(new Article(id, outlet.id(), url, url, title, null, when, when, text, ArticleKind.NEWS,
                "en", 1L), outlet);
    }

    private static List<Pair> pairs() throws IOException {
        try (InputStream in = Objects.requireNonNull(SemanticCorroborationTest.class.getResourceAsStream("/fixtures/fact-pairs.tsv"))) {
            List<Pair> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Pair(f[0].equals("same"), f[1], f[2]));
            }
            return out;
        }
    }
}
