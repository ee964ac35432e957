package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Topic;

/**
 * The OpenAPI document validates (swagger-parser), it and the server's API routes name the same
 * paths, and every documented operation answers on a fixture server as documented: each documented
 * query parameter with a valid value, and the documented error and revalidation answers, give a
 * documented status and a body that validates against the documented schema (networknt's JSON
 * Schema validator with the OpenAPI 3.0 dialect).
 */
class OpenApiTest {
    private static final String DOCUMENT = "https://parallax.test/api/openapi.json";
    /** Example values for documented parameters whose schema names no enum nor number. */
    private static final Map<String, String> EXAMPLES = Map.of("topic", "politics", "since", "2026-03-01",
            "until", "2026-03-05", "q", "council", "country", "US");

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

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        try (WebFixture web = new WebFixture(tempDir)) {
            long story = web.story("Council votes on transit", Topic.POLITICS, WebFixture.T, "The council voted.", web.left,
                    web.right);
            long merged = web.story("Council vote on transit", Topic.POLITICS, WebFixture.T, "The council voted.", web.centre);
            web.db.stories().merge(merged, story);
            web.server.storiesChanged();
            String served = web.get("/api/openapi.json").body();
            ObjectMapper mapper = new ObjectMapper();
            JsonNode document = mapper.readTree(served);
            JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                    .metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, served))));
            Map<String, Long> ids = Map.of("/api/stories/{id}", story, "/api/outlets/{id}", web.left.id());
            int checked = 0;

            for (var path : (Iterable<Map.Entry<String, JsonNode>>) document.get("paths")::fields) {
                JsonNode operation = path.getValue().get("get");
                assertThat(operation).as(path.getKey() + " documents GET").isNotNull();
                JsonNode responses = operation.get("responses");
                boolean hasId = path.getKey().contains("{id}");
                String address = hasId ? path.getKey().replace("{id}", String.valueOf(ids.get(path.getKey()))) : path.getKey();
                List<JsonNode> parameters = new java.util.ArrayList<>();
                operation.path("parameters").forEach(p -> parameters.add(p.has("$ref") ? pointer(document, p) : p));
                String required = parameters.stream().filter(p -> p.path("required").asBoolean() && p.get("in").asText().equals("query"))
                        .map(p -> p.get("name").asText() + "=" + example(p).getFirst()).reduce("", (a, b) -> a + "&" + b);
                String base = address + "?" + (required.isEmpty() ? "" : required.substring(1));

                // Plain, and each documented query parameter with each of its valid values.
                List<String> requests = new java.util.ArrayList<>(List.of(base));
                for (JsonNode parameter : parameters) {
                    if (parameter.get("in").asText().equals("query") && !parameter.path("required").asBoolean()) {
                        example(parameter).forEach(v -> requests.add(base + "&" + parameter.get("name").asText() + "=" + v));
                    }
                }
                for (String request : requests) {
                    var response = web.get(request.replace("?&", "?"));
                    answersAsDocumented(schemas, document, responses, request, response, 200);
                    checked++;
                    if (responses.has("304")) {
                        String etag = response.headers().firstValue("etag").orElseThrow();
                        assertThat(web.get(request, "If-None-Match", etag).statusCode()).as(request).isEqualTo(304);
                    }
                }
                if (responses.has("400")) {
                    answersAsDocumented(schemas, document, responses, base + "&page=0", web.get(base + "&page=0"), 400);
                }
                if (responses.has("404")) {
                    String missing = path.getKey().replace("{id}", "987654321");
                    answersAsDocumented(schemas, document, responses, missing, web.get(missing), 404);
                }
                if (responses.has("301")) {
                    var moved = web.get(path.getKey().replace("{id}", String.valueOf(merged)));
                    assertThat(moved.statusCode()).isEqualTo(301);
                    assertThat(moved.headers().firstValue("location")).hasValue("/api/stories/" + story);
                }
                // Other methods: 405 with Allow, as the document's description says.
                var post = web.send("POST", address);
                assertThat(post.statusCode()).as("POST " + address).isEqualTo(405);
                assertThat(post.headers().firstValue("allow")).as("POST " + address).hasValue("GET, HEAD");
                validate(schemas, "#/components/schemas/Error", post.body(), "POST " + address);
            }
            assertThat(checked).isGreaterThan(20);
            var unknown = web.get("/api/nothing-here");
            assertThat(unknown.statusCode()).isEqualTo(404);
            validate(schemas, "#/components/schemas/Error", unknown.body(), "/api/nothing-here");
        }
    }

    private static void answersAsDocumented(JsonSchemaFactory schemas, JsonNode document, JsonNode responses, String request,
                                            java.net.http.HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(request + ": " + response.body()).isEqualTo(expected);
        JsonNode documented = responses.get(String.valueOf(expected));
        assertThat(documented).as(request + " documents " + expected).isNotNull();
        if (documented.has("$ref")) {
            documented = pointer(document, documented);
        }
        JsonNode media = documented.path("content").path("application/json");
        assertThat(media.isMissingNode()).as(request + " documents a JSON body for " + expected).isFalse();
        assertThat(response.headers().firstValue("content-type").map(t -> t.replace(" ", "").toLowerCase(java.util.Locale.ROOT)))
                .as(request).hasValue("application/json;charset=utf-8");
        JsonNode schema = media.get("schema");
        if (schema.has("$ref")) {
            validate(schemas, schema.get("$ref").asText(), response.body(), request);
        } else {
            validate(schemas.getSchema(schema), response.body(), request + " against " + schema);
        }
    }

    private static void validate(JsonSchemaFactory schemas, String ref, String body, String request) {
        validate(schemas.getSchema(SchemaLocation.of(DOCUMENT + ref)), body, request + " against " + ref);
    }

    private static void validate(JsonSchema schema, String body, String what) {
        try {
            Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(body));
            assertThat(errors).as(what).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The node a local {@code $ref} ({@code #/components/...}) points to. */
    private static JsonNode pointer(JsonNode document, JsonNode ref) {
        JsonNode target = document.at(ref.get("$ref").asText().substring(1));
        assertThat(target.isMissingNode()).as(ref.toString()).isFalse();
        return target;
    }

    /** Valid values of a documented query parameter: each of its enum, its minimum, or an example. */
    private static List<String> example(JsonNode parameter) {
        JsonNode schema = parameter.get("schema");
        String name = parameter.get("name").asText();
        if (schema.has("enum")) {
            List<String> values = new java.util.ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return values;
        }
        if (schema.path("type").asText().equals("integer")) {
            return List.of(schema.has("minimum") ? schema.get("minimum").asText() : "1");
        }
        assertThat(EXAMPLES).as("an example value for the documented parameter " + name).containsKey(name);
        return List.of(EXAMPLES.get(name));
    }
}
