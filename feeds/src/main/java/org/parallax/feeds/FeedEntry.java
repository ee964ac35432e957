package org.parallax.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One item (RSS) or entry (Atom, JSON Feed).
 *
 * @param id          the guid / id as written, else the link; null when the entry has neither
 * @param title       plain text (markup stripped, entities decoded); empty when absent
 * @param link        the article's address, absolute http or https (relative links are resolved
 *                    against xml:base and the feed URL); null when there is none
 * @param published   when it was first published, as the feed says; null when the feed gives no
 *                    usable publication date (see {@link #publishedOrUpdated()})
 * @param updated     when it was last changed, as the feed says (of several, the last), or null
 * @param author      plain text, several authors joined by ", "; empty when absent
 * @param categories  plain-text categories and tags, without duplicates
 * @param summary     plain text of the description or summary; empty when absent
 * @param contentHtml the full content as HTML (content:encoded, Atom content, content_html), with
 *                    relative links resolved; untrusted and unsanitised. Null when the feed has none
 */
public record FeedEntry(String id, String title, String link, Instant published, Instant updated, String author,
                        List<String> categories, String summary, String contentHtml) {
    public FeedEntry {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        summary = summary == null ? "" : summary;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The publication date, else the update date (an entry that gives only that was published then, as far as anyone can tell), or null. */
    public Instant publishedOrUpdated() {
        return published != null ? published : updated;
    }
}
