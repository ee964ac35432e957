package org.parallax.fetch.simulator;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One story as one outlet publishes it.
 *
 * @param section     the first path segment of its page ("news", "private", "opinion")
 * @param linkStyle   how its feed entry links to it
 * @param feeds       which of the outlet's feeds list it
 * @param fullContent whether its feed entry carries the whole text (content:encoded / Atom content)
 */
public record Publication(SimStory story, Instant at, String section, LinkStyle linkStyle, Feeds feeds,
                          boolean fullContent) {
    public enum LinkStyle {
        /** The page's own address. */
        PLAIN,
        /** The AMP variant ("/amp/news/..."), whose page declares the regular address as canonical. */
        AMP,
        /** The address with tracking parameters. */
        TRACKED
    }

    public enum Feeds { NEWS, OPINION, BOTH }

    public Publication {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(at, "at");
    }

    public static Publication news(SimStory story, Instant at) {
        return new Publication(story, at, "news", LinkStyle.PLAIN, Feeds.NEWS, false);
    }

    public Publication under(String newSection) {
        return new Publication(story, at, newSection, linkStyle, feeds, fullContent);
    }

    public Publication linked(LinkStyle style) {
        return new Publication(story, at, section, style, feeds, fullContent);
    }

    public Publication in(Feeds which) {
        return new Publication(story, at, section, linkStyle, which, fullContent);
    }

    public Publication withFullContent() {
        return new Publication(story, at, section, linkStyle, feeds, true);
    }

    public Publication withStory(SimStory other) {
        return new Publication(other, at, section, linkStyle, feeds, fullContent);
    }

    /** The page's path. */
    public String path() {
        return "/" + section + "/" + slug();
    }

    String slug() {
        return story.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The path the feed entry links to. */
    String linkPath() {
        return switch (linkStyle) {
            case PLAIN -> path();
            case AMP -> "/amp" + path();
            case TRACKED -> path() + "?utm_source=rss&utm_medium=feed";
        };
    }

    public boolean inNewsFeed() {
        return feeds != Feeds.OPINION;
    }

    public boolean inOpinionFeed() {
        return feeds != Feeds.NEWS;
    }
}
