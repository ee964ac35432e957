package org.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.OutletEntry;
import org.parallax.core.model.Ownership;
import org.parallax.core.model.Rating;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/** {@code /api/outlets}, {@code /api/outlets/{id}} and the {@code /outlets} index over a small registry. */
class OutletApiTest {
    private static final Instant T = Instant.parse("2026-03-04T18:00:00Z");
    private static final String EDITORS = "Parallax editors' starting estimate";

    @TempDir
    Path tempDir;

    private Database db;
    private WebServer server;
    private String base;
    private long stateId;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        db = TestDatabases.open(DatabaseKind.H2, tempDir);
        List<OutletEntry> entries = new ArrayList<>();
        entries.add(entry("State Wire", "statewire.example", "RU", 0.25, Ownership.STATE, false));
        entries.add(entry("Public Radio", "publicradio.example", "GB", -0.1, Ownership.PUBLIC, false));
        entries.add(entry("Left Ledger", "leftledger.example", "US", -0.6, Ownership.PRIVATE, true));
        entries.add(entry("Right Herald", "rightherald.example", "US", 0.7, Ownership.PRIVATE, false));
        for (int i = 0; i < 60; i++) {
            entries.add(entry(String.format("Town Paper %02d", i), "town" + i + ".example", "CA", 0.0,
                    Ownership.PRIVATE, null));
        }
        db.registry().seed(entries, T);
        stateId = db.registry().idByDomain("statewire.example").orElseThrow();
        server = new WebServer(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    private static OutletEntry entry(String name, String domain, String country, double stance, Ownership ownership,
                                     Boolean paywalled) {
        return new OutletEntry(name, domain, "https://" + domain + "/", country, new Rating(stance, EDITORS),
                new Rating(0.5, EDITORS), paywalled, ownership, List.of());
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneOutletCarriesOwnershipPaywallAndLabels() throws Exception {
        HttpResponse<String> response = get("/api/outlets/" + stateId);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode outlet = json.readTree(response.body());
        assertThat(outlet.get("name").asText()).isEqualTo("State Wire");
        assertThat(outlet.get("ownership").asText()).isEqualTo("state");
        assertThat(outlet.get("paywalled").asBoolean()).isFalse();
        assertThat(outlet.get("country").asText()).isEqualTo("RU");
        assertThat(outlet.get("labels").get(0).asText()).isEqualTo("State media");
        assertThat(outlet.get("stance").get("provenance").asText()).isEqualTo(EDITORS);
        assertThat(outlet.get("api_url").asText()).isEqualTo("/api/outlets/" + stateId);

        assertThat(get("/api/outlets/999999").statusCode()).isEqualTo(404);
        assertThat(get("/api/outlets/x").statusCode()).isEqualTo(404);
    }

    @Test
    void outletListPagesLikeTheStoryList() throws Exception {
        JsonNode first = json.readTree(get("/api/outlets").body());
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("next_page").asInt()).isEqualTo(2);
        assertThat(first.get("outlets")).hasSize(50);
        JsonNode second = json.readTree(get("/api/outlets?page=2").body());
        assertThat(second.get("outlets")).hasSize(14);
        assertThat(second.get("next_page").isNull()).isTrue();

        JsonNode publicOnes = json.readTree(get("/api/outlets?ownership=public").body());
        assertThat(publicOnes.get("outlets")).hasSize(1);
        assertThat(publicOnes.get("outlets").get(0).get("ownership").asText()).isEqualTo("public");
        assertThat(publicOnes.get("outlets").get(0).get("labels").get(0).asText()).isEqualTo("Public broadcaster");

        JsonNode right = json.readTree(get("/api/outlets?side=right&sort=stance").body());
        assertThat(right.get("outlets").findValuesAsText("name")).containsExactly("Right Herald");
        JsonNode us = json.readTree(get("/api/outlets?country=us&sort=stance").body());
        assertThat(us.get("outlets").findValuesAsText("name")).containsExactly("Left Ledger", "Right Herald");
    }

    @Test
    void outletIndexFiltersWithAPlainForm() throws Exception {
        String all = get("/outlets").body();
        assertThat(all).contains("64 of 64 outlets", "<form class=\"outlet-filter\" method=\"get\" action=\"/outlets\">",
                "State media", "Public broadcaster");
        String state = get("/outlets?ownership=state").body();
        assertThat(state).contains("1 of 64 outlets", "State Wire").doesNotContain("Left Ledger");
        String bogus = get("/outlets?side=%3Cscript%3E&country=zzz&sort=whatever").body();
        assertThat(bogus).contains("64 of 64 outlets").doesNotContain("<script>");
    }

    @Test
    void outletPageExplainsTheScaleAndShowsLabels() throws Exception {
        String page = get("/outlets/" + stateId).body();
        assertThat(page).contains("State media", "RU", "Free to read", "-1 to +1",
                "does\n      <strong>not</strong> mean neutral", EDITORS);
    }
}
