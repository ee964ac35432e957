package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;

/**
 * Story pages and API answers are rendered once per edition and sent from memory after that; a
 * change by the pipeline (in this process, or in another one sharing the database) is what renders
 * them anew, with a new ETag, while the safe headers and validators stay on every copy.
 */
class ResponseCacheTest {
    @TempDir
    Path tempDir;

    private WebFixture web;
    private long story;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir.resolve("db"));
        story = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T, "The council voted. Riders waited.",
                web.left, web.right);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aRecomposedBriefIsServedAfterThePipelineSaysStoriesChanged() throws Exception {
        HttpResponse<String> first = web.get("/stories/" + story);
        HttpResponse<String> again = web.get("/stories/" + story);
        assertThat(again.body()).isEqualTo(first.body()).contains("Council votes on transit");
        assertThat(again.headers().firstValue("etag")).isEqualTo(first.headers().firstValue("etag"));
        assertThat(again.headers().firstValue("content-security-policy")).isPresent();
        assertThat(again.headers().firstValue("content-length")).hasValue(
                String.valueOf(again.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        String apiTag = web.get("/api/stories/" + story).headers().firstValue("etag").orElseThrow();

        recompose(story, "Council approves the transit plan");
        web.server.storiesChanged();

        HttpResponse<String> changed = web.get("/stories/" + story, "If-None-Match", first.headers().firstValue("etag").orElseThrow());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("<title>Council approves the transit plan")
                .doesNotContain("<title>Council votes on transit");
        HttpResponse<String> api = web.get("/api/stories/" + story, "If-None-Match", apiTag);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("Council approves the transit plan");
        assertThat(web.get("/api/stories").body()).contains("Council approves the transit plan");
    }

    @Test
    void aStoryPublishedByAnotherProcessIsListedWithinSeconds() throws Exception {
        HttpResponse<String> before = web.get("/api/stories");
        assertThat(before.body()).contains("Council votes on transit");
        // No storiesChanged(): as when a pipeline process elsewhere writes to the shared database.
        web.story("Storm closes the port", Topic.SCIENCE, WebFixture.T.plusSeconds(60), "The port closed. Ships waited.",
                web.centre, web.right);
        String body = before.body();
        for (int i = 0; i < 50 && !body.contains("Storm closes the port"); i++) {
            Thread.sleep(100);
            body = web.get("/api/stories").body();
        }
        assertThat(body).contains("Storm closes the port").contains("Council votes on transit");
        assertThat(web.get("/api/stories", "If-None-Match", before.headers().firstValue("etag").orElseThrow())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anUnchangedListAnswers304ToItsETag() throws Exception {
        HttpResponse<String> list = web.get("/api/stories?topic=politics");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(web.get("/api/stories?topic=politics", "If-None-Match", list.headers().firstValue("etag").orElseThrow())
                .statusCode()).isEqualTo(304);
        assertThat(web.get("/api/stories?topic=science").body()).contains("\"stories\":[]");
    }

    /** What the pipeline does when a story gains an article: a new version, a brief composed from it. */
    private void recompose(long id, String title) {
        var time = WebFixture.T.plusSeconds(3600);
        var draft = new org.parallax.core.model.ArticleDraft(new org.parallax.core.model.OutletHint(web.centre.name(),
                web.centre.domain(), null), "https://centerwire.example/late", "https://centerwire.example/late",
                title + " (Center Wire)", null, time, "The council approved the plan.", org.parallax.core.model.ArticleKind.NEWS,
                "en");
        long article = web.db.articles().store(web.centre.id(), draft, time).articleId();
        web.db.stories().assign(article, id, time);
        Brief old = web.db.briefs().find(id).orElseThrow();
        Brief brief = new Brief(id, title, old.topic(), old.facts(), old.narratives(), old.missingView(), old.forecast(),
                old.coverage(), time, old.titleSource());
        web.db.briefs().save(brief, web.db.stories().version(id).orElseThrow(), StoryStatus.PUBLISHED);
    }
}
