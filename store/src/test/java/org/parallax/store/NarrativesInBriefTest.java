package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Axis;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.SampleData;
import org.parallax.store.testing.TestDatabases;
import org.parallax.core.publish.StoryStatus;

/** Narratives keep their side, axis and kind; those stored before these existed still read. */
class NarrativesInBriefTest {
    private static final Instant T = Instant.parse("2026-04-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void narrativesReadBackWithSideAxisAndKind(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(T);
            var brief = SampleData.fullBrief(story, "Vote", Topic.POLITICS, T);
            db.briefs().save(brief, 1, StoryStatus.PUBLISHED);

            var narratives = db.briefs().find(story).orElseThrow().narratives();
            assertThat(narratives).isEqualTo(brief.narratives());
            assertThat(narratives).extracting(Narrative::axis).containsOnly(Axis.ESTABLISHMENT);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aNarrativeStoredBeforeAxisAndKindReadsWithoutThem(DatabaseKind kind, @TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            long story = db.stories().create(T);
            db.briefs().save(SampleData.plainBrief(story, "Rain", Topic.CLIMATE, T), 1, StoryStatus.PUBLISHED);
            String legacy = """
                    {"facts":[],"narratives":[{"label":"Narrative A","side":"Left","text":"Rain is good.",\
                    "source":{"articleId":1,"outletId":2,"outletName":"Left Daily","url":"https://left.example/a"}}],\
                    "missingView":null,"forecast":null,"coverage":{"outlets":[]},"composedAt":"2026-04-01T10:00:00Z"}""";
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE brief SET content = :content WHERE story_id = :story")
                    .bind("content", legacy).bind("story", story).execute());

            assertThat(db.briefs().find(story).orElseThrow().narratives()).containsExactly(new Narrative("Narrative A",
                    "Left", null, null, "Rain is good.", new SourceRef(1, 2, "Left Daily", "https://left.example/a")));
        }
    }
}
