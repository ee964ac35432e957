package org.parallax.ingest.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.core.model.Side;

class RegistryFileTest {

    @Test
    void theBuiltInRegistryIsCleanAndSpreadAcrossBothAxes() {
        RegistryFile.Contents registry = RegistryFile.builtIn();
        List<OutletEntry> outlets = registry.outlets();

        assertThat(registry.problems()).isEmpty();
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(150);
        assertThat(outlets).allSatisfy(o -> {
            assertThat(o.stance()).isNotNull();
            assertThat(o.stance().provenance()).isEqualTo(RegistryFile.PROVENANCE);
            assertThat(o.establishment()).isNotNull();
            assertThat(o.homepage()).startsWith("http");
            assertThat(o.paywalled()).isNotNull();
            assertThat(o.ownership()).isNotNull();
        });
        assertThat(outlets.stream().filter(o -> Side.ofStance(o.stance()) == Side.LEFT)).hasSizeGreaterThan(40);
        assertThat(outlets.stream().filter(o -> Side.ofStance(o.stance()) == Side.RIGHT)).hasSizeGreaterThan(40);
        assertThat(outlets.stream().filter(o -> Side.ofStance(o.stance()) == Side.CENTER)).hasSizeGreaterThan(40);
        assertThat(outlets.stream().filter(o -> o.establishment().score() <= -0.5)).hasSizeGreaterThan(20);
        assertThat(outlets.stream().filter(o -> o.establishment().score() >= 0.5)).hasSizeGreaterThan(40);
        assertThat(outlets.stream().filter(o -> o.ownership() == Ownership.STATE)).hasSizeGreaterThan(10);
        Set<String> countries = outlets.stream().map(OutletEntry::country).collect(Collectors.toSet());
        assertThat(countries).contains("US", "GB", "CA", "AU", "IN", "QA", "CN", "RU").hasSizeGreaterThan(20);
        assertThat(outlets.stream().filter(o -> o.feeds().stream().anyMatch(f -> f.kind() == ArticleKind.OPINION)))
                .hasSizeGreaterThan(15);
        assertThat(outlets.stream().filter(o -> !o.feeds().isEmpty())).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void readsEveryFieldAndReportsBadLinesByNumber() throws IOException {
        String file = """
                # comment
                Left Daily\twww.Left.example\thttps://left.example/\tgb\t-0.6\t+0.2\tyes\tprivate\thttps://left.example/rss https://left.example/world\thttps://left.example/opinion

                Broken\tbroken.example\t-\t-\tleft\t-\t-\t-\t-\t-
                Short\tshort.example
                Copy\tleft.example\t-\t-\t-\t-\t-\t-\t-\t-
                Bare\tbare.example\t-\t-\t-\t-\t-\t-\t-\t-
                Bad feed\tbadfeed.example\t-\t-\t-\t-\t-\t-\tftp://badfeed.example/rss\t-
                """;
        RegistryFile.Contents contents = RegistryFile.read(new StringReader(file), "test.tsv", "test estimate");

        assertThat(contents.outlets()).hasSize(2);
        OutletEntry left = contents.outlets().getFirst();
        assertThat(left).isEqualTo(new OutletEntry("Left Daily", "left.example", "https://left.example/", "GB",
                new Rating(-0.6, "test estimate"), new Rating(0.2, "test estimate"), true, Ownership.PRIVATE,
                List.of(new FeedLink("https://left.example/rss", ArticleKind.NEWS),
                        new FeedLink("https://left.example/world", ArticleKind.NEWS),
                        new FeedLink("https://left.example/opinion", ArticleKind.OPINION))));
        assertThat(contents.outlets().get(1)).isEqualTo(new OutletEntry("Bare", "bare.example", null, null, null,
                null, null, null, List.of()));
        assertThat(contents.problems()).containsExactly(
                "test.tsv line 4: stance is not a number: left",
                "test.tsv line 5: expected 10 tab-separated fields, found 2",
                "test.tsv line 6: domain left.example is listed twice",
                "test.tsv line 8: the feed is not an http(s) URL: ftp://badfeed.example/rss");
    }
}
