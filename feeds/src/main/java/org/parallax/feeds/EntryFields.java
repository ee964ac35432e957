package org.parallax.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects one entry's fields while a format reader walks it; the first value offered for a
 * field wins, so readers offer sources in order of preference. {@link #build()} applies the
 * rules all formats share.
 */
final class EntryFields {
    private static final int MAX_CATEGORIES = 50;

    private String id;
    private String title;
    private String link;
    private Instant published;
    private Instant updated;
    private final List<String> authors = new ArrayList<>(1);
    private final Set<String> categories = new LinkedHashSet<>();
    private String summary;
    private String contentHtml;

    void id(String value) {
        if (id == null && value != null && !value.isBlank()) {
            id = XmlEntities.unescapeLeftovers(value.strip());
        }
    }

    void title(String plain) {
        if (title == null && plain != null && !plain.isEmpty()) {
            title = plain;
        }
    }

    /** An absolute http(s) link, already resolved ({@link FeedUrls#link}); null is ignored. */
    void link(String absolute) {
        if (link == null && absolute != null) {
            link = absolute;
        }
    }

    void published(Instant value) {
        if (published == null) {
            published = value;
        }
    }

    void updated(Instant value) {
        if (updated == null) {
            updated = value;
        }
    }

    boolean hasAuthor() {
        return !authors.isEmpty();
    }

    void author(String plain) {
        if (plain != null && !plain.isEmpty() && !authors.contains(plain)) {
            authors.add(plain);
        }
    }

    void category(String plain) {
        if (plain != null && !plain.isEmpty() && categories.size() < MAX_CATEGORIES) {
            categories.add(plain);
        }
    }

    void summary(String plain) {
        if (summary == null && plain != null && !plain.isEmpty()) {
            summary = plain;
        }
    }

    void contentHtml(String html) {
        if (contentHtml == null && html != null && !html.isBlank()) {
            contentHtml = html;
        }
    }

    FeedEntry build() {
        return new FeedEntry(id != null ? id : link, title, link, published, updated,
                String.join(", ", authors), List.copyOf(categories), summary, contentHtml);
    }
}
