package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

class OperationsTest {
    @TempDir
    Path tempDir;

    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(tempDir);
        web.story("Council votes on transit", Topic.POLITICS, WebFixture.T,
                "The council voted 7-2 on Tuesday. It was late.", web.left, web.right);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void healthSaysOkWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = web.get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
    }

    @Test
    void healthIsUnavailableOnceTheDatabaseIsGone() throws Exception {
        web.db.close();

        HttpResponse<String> health = web.get("/healthz");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("database unreachable");
    }

    @Test
    void metricsArePrometheusTextWithPipelineFeedAndLatencyFigures() throws Exception {
        web.get("/");
        web.get("/api/stories");

        HttpResponse<String> metrics = web.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        String body = metrics.body();
        assertThat(body).contains("# TYPE parallax_database_up gauge\nparallax_database_up 1\n",
                "\nparallax_articles 2\n", "\nparallax_articles_unplaced 0\n", "\nparallax_stories 1\n",
                "# TYPE parallax_feeds gauge\n", "# TYPE parallax_http_request_duration_seconds histogram\n",
                "parallax_http_request_duration_seconds_bucket{le=\"+Inf\"} ");
        long counted = body.lines().filter(l -> l.startsWith("parallax_http_request_duration_seconds_count "))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1))).findFirst().orElseThrow();
        assertThat(counted).isGreaterThanOrEqualTo(2);
        for (String line : body.lines().toList()) {
            assertThat(line).as("each line a comment or 'name{labels} value'")
                    .matches("# (HELP|TYPE) .*|[a-z_]+(\\{[a-z]+=\"[^\"]*\"\\})? [0-9.eE+-]+");
        }
    }
}
