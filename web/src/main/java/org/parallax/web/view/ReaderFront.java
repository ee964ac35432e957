package org.parallax.web.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.parallax.core.model.Topic;
import org.parallax.web.edition.EditionStory;
import org.parallax.web.edition.ReaderSettings;

/**
 * The front page or a topic page: the lead story and the day's stories ranked by the reader's
 * sliders, one page of them.
 *
 * @param topic     the topic of a topic page, or null on the front page
 * @param lead      the top story (first page only), or null
 * @param stories   the rest of this page
 * @param action    where the slider form goes (this page's path)
 * @param reference the time ages are counted from (see Edition.reference)
 */
public record ReaderFront(Topic topic, EditionStory lead, List<EditionStory> stories, ReaderSettings settings,
                          String action, Instant editionDate, Instant reference, int page, boolean hasNext, int total) {
    public ReaderFront {
        stories = List.copyOf(stories);
    }

    public String heading() {
        return topic == null ? "Today's stories" : topic.label();
    }

    public boolean empty() {
        return lead == null && stories.isEmpty();
    }

    public List<Topic> topics() {
        return List.of(Topic.values());
    }

    public String topicHref(Topic t) {
        return "/topics/" + EditionStory.slug(t);
    }

    /** The feed of this page, for {@code <link rel="alternate">}: with the sliders when they are not the defaults. */
    public String feed(String format) {
        String path = (topic == null ? "" : "/topics/" + EditionStory.slug(topic)) + "/feed." + format;
        return settings.isDefault() ? path : path + "?" + settings.query();
    }

    public String pageHref(int n) {
        return action + "?" + settings.query() + "&page=" + n;
    }

    public String age(EditionStory story) {
        return Format.age(Duration.between(story.lastSeen(), reference));
    }
}
