package org.parallax.pipeline.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Outlet;
import org.parallax.core.ratings.Evidence;
import org.parallax.core.ratings.MeasuredRating;
import org.parallax.core.ratings.RatingAxis;
import org.parallax.pipeline.testing.RatingFixtures;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

class RatingRecomputeTest {
    private static final Instant FIRST = Instant.parse("2026-03-01T06:00:00Z");

    private static Outlet named(Database db, String name) {
        return db.outlets().all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void storesEachRecomputeWithItsEvidenceAndKeepsTheHistory(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            RatingFixtures.store(db, FIRST);
            RatingRecompute.Report first = new RatingRecompute(db, RatingFixtures.SETTINGS,
                    () -> FIRST, RatingRecompute.MAX_ARTICLES_PER_OUTLET).run();
            assertThat(first.run().problem()).isNull();
            assertThat(first.stored()).isEqualTo(14);
            assertThat(first.notRated()).isEqualTo(1);

            Outlet right = named(db, "Unrated Right");
            MeasuredRating rating = db.measuredRatings().latest(right.id(), RatingAxis.STANCE).orElseThrow();
            assertThat(rating.score()).isGreaterThan(0.2);
            assertThat(rating.low()).isLessThanOrEqualTo(rating.score());
            assertThat(rating.high()).isGreaterThanOrEqualTo(rating.score());
            assertThat(rating.articles()).isEqualTo(12);
            assertThat(rating.words()).isGreaterThan(12 * 30);
            assertThat(rating.computedAt()).isEqualTo(FIRST);
            assertThat(rating.modelVersion()).startsWith("phrase-ridge-1/");
            assertThat(rating.trainingOutlets()).isEqualTo(12);
            assertThat(rating.crossFitted()).isFalse();
            Evidence strongest = rating.evidence(1).getFirst();
            assertThat(strongest.sentence()).containsAnyOf("illegal aliens", "tax relief");
            assertThat(strongest.url()).startsWith("https://unrated-right.example/news/");
            assertThat(db.articles().find(strongest.articleId()).orElseThrow().outletId()).isEqualTo(right.id());

            assertThat(db.measuredRatings().latest(named(db, "Rated 1").id(), RatingAxis.STANCE).orElseThrow()
                    .crossFitted()).isTrue();
            assertThat(db.measuredRatings().latest(named(db, "Thin Post").id(), RatingAxis.STANCE)).isEmpty();
            // The hand-entered rating is untouched.
            assertThat(named(db, "Rated 1").stance().provenance()).isEqualTo(RatingFixtures.PROVENANCE);

            Instant second = FIRST.plus(Duration.ofDays(1));
            new RatingRecompute(db, RatingFixtures.SETTINGS, () -> second, RatingRecompute.MAX_ARTICLES_PER_OUTLET)
                    .run();
            List<MeasuredRating> history = db.measuredRatings().history(right.id(), RatingAxis.STANCE);
            assertThat(history).extracting(MeasuredRating::computedAt).containsExactly(FIRST, second);
            assertThat(db.measuredRatings().latest(right.id(), RatingAxis.STANCE).orElseThrow().computedAt())
                    .isEqualTo(second);
            assertThat(db.measuredRatings().latestAll(RatingAxis.STANCE)).hasSize(14);
            assertThat(db.measuredRatings().lastComputed(RatingAxis.STANCE)).contains(second);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withoutEnoughHandEnteredRatingsNothingIsStored(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            RatingFixtures.store(db, FIRST);
            db.outlets().all().stream().filter(o -> !o.name().equals("Rated 1"))
                    .forEach(o -> db.outlets().rate(o.id(), null, null));
            RatingRecompute.Report report = new RatingRecompute(db, RatingFixtures.SETTINGS, () -> FIRST,
                    RatingRecompute.MAX_ARTICLES_PER_OUTLET).run();
            assertThat(report.run().problem()).contains("only 1 outlets");
            assertThat(report.stored()).isZero();
            assertThat(db.measuredRatings().lastComputed(RatingAxis.STANCE)).isEmpty();
        }
    }
}
