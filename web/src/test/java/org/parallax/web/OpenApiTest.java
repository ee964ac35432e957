package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

/** The OpenAPI document validates, and it and the server's API routes name the same paths. */
class OpenApiTest {
    @TempDir
    Path tempDir;

    @Test
    void documentValidatesAndMatchesTheRoutesBothWays() throws Exception {
        try (WebFixture web = new WebFixture(tempDir)) {
            long id = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T, "The council voted.", web.left,
                    web.right);
            var response = web.get("/api/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());
            assertThat(parsed.getMessages()).isEmpty();
            assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");

            Set<String> documented = parsed.getOpenAPI().getPaths().keySet();
            Set<String> routed = new HashSet<>();
            web.server.paths().stream().filter(p -> p.startsWith("/api/")).forEach(routed::add);
            assertThat(documented).containsExactlyInAnyOrderElementsOf(routed);

            // Every documented list pages the same way, and the filters documented on /api/stories work.
            ObjectMapper json = new ObjectMapper();
            for (String list : List.of("/api/stories", "/api/outlets", "/api/search?q=council")) {
                JsonNode page = json.readTree(web.get(list).body());
                assertThat(page.has("page") && page.has("next_page")).as(list).isTrue();
            }
            JsonNode politics = json.readTree(web.get("/api/stories?topic=politics&side=left&outlet=" + web.left.id()
                    + "&since=2026-03-01").body());
            assertThat(politics.get("stories").get(0).get("id").asLong()).isEqualTo(id);
            assertThat(json.readTree(web.get("/api/stories?topic=science").body()).get("stories")).isEmpty();
            assertThat(json.readTree(web.get("/api/stories?since=2026-03-05").body()).get("stories")).isEmpty();
            assertThat(web.get("/api/stories?side=up").statusCode()).isEqualTo(400);
            assertThat(web.get("/api/stories?topic=politics&status=developing").statusCode()).isEqualTo(400);
        }
    }
}
