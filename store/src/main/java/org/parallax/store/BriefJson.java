package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;

import java.time.Instant;
import java.util.List;

/**
 * The JSON content column of a brief. It repeats composedAt because JSON keeps the instant to the
 * nanosecond where SQL timestamps keep microseconds: a brief reads back equal to the one saved.
 */
final class BriefJson {

    record Content(List<Fact> facts, List<Narrative> narratives, String missingView, Forecast forecast,
                   Coverage coverage, Instant composedAt, SourceRef titleSource) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) // ISO-8601 text, exact and readable
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // tolerate fields a later version adds
            .build();

    private BriefJson() {
    }

    static String write(Brief brief) {
        Content content = new Content(brief.facts(), brief.narratives(), brief.missingView(), brief.forecast(),
                brief.coverage(), brief.composedAt(), brief.titleSource());
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write brief of story " + brief.storyId() + " as JSON", e);
        }
    }

    static Brief read(long storyId, String title, Topic topic, String json) {
        try {
            Content c = MAPPER.readValue(json, Content.class);
            return new Brief(storyId, title, topic, c.facts(), c.narratives(), c.missingView(), c.forecast(),
                    c.coverage(), c.composedAt(), c.titleSource());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored brief of story " + storyId + " is not valid JSON", e);
        }
    }
}
