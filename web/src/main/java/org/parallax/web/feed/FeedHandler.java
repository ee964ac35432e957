package org.parallax.web.feed;

import java.util.List;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.parallax.core.model.Topic;
import org.parallax.web.edition.Edition;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.edition.EditionStory;
import org.parallax.web.edition.Ranking;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.Representation;
import org.parallax.web.page.ReaderRequest;

/**
 * {@code GET /feed.atom}, {@code /feed.rss}, {@code /topics/{slug}/feed.atom} and {@code .rss}: the
 * latest published stories ({@link #ENTRIES}, whatever their date) as the page with the same
 * sliders ranks them (slider parameters in the query; feeds read no cookie), each with its brief.
 */
public record FeedHandler(EditionSource editions, Format format, boolean topicFeed) implements Handler {
    public static final int ENTRIES = 30;

    /** The two formats. */
    public enum Format {
        ATOM("application/atom+xml; charset=utf-8"), RSS("application/rss+xml; charset=utf-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    @Override
    public void handle(Context ctx) {
        Topic topic = null;
        if (topicFeed) {
            var found = ReaderSettings.topic(ctx.pathParam("slug"));
            if (found.isEmpty()) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("There is no such topic.\n");
                return;
            }
            topic = found.get();
        }
        ReaderSettings settings = ReaderSettings.present(p -> ReaderRequest.query(ctx, p))
                ? ReaderSettings.read(p -> ReaderRequest.query(ctx, p)) : ReaderSettings.DEFAULT;
        Edition edition = editions.current();
        String base = ctx.scheme() + "://" + ctx.host();
        String query = settings.isDefault() ? "" : "?" + settings.query();
        String page = (topic == null ? "/" : "/topics/" + EditionStory.slug(topic)) + query;
        String title = topic == null ? "Today's stories" : topic.label();
        Topic only = topic;
        Representation feed = edition.cached(format + " " + base + ctx.path() + query, key -> {
            List<EditionStory> stories = stories(edition, settings, only);
            FeedWriter.Channel channel = new FeedWriter.Channel(base, title, ctx.path() + query, page, edition.changedAt());
            String xml = format == Format.ATOM ? FeedWriter.atom(channel, stories) : FeedWriter.rss(channel, stories);
            return Representation.of(xml, format.contentType, edition.changedAt());
        });
        Conditional.send(ctx, feed);
    }

    private List<EditionStory> stories(Edition edition, ReaderSettings settings, Topic topic) {
        // A feed always carries the latest stories, so the breaking-news filter of recency 3 is not applied.
        ReaderSettings ranked = new ReaderSettings(settings.lr(), settings.est(), settings.nuance(), settings.depth(),
                Math.min(2, settings.recency()), topic == null ? settings.topics() : Set.of(topic));
        return Ranking.stories(edition.stories(), ranked, edition.reference(editions.now())).stream()
                .limit(ENTRIES).toList();
    }
}
