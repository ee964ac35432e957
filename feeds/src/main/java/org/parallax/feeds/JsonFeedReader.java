package org.parallax.feeds;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.parallax.extract.text.PlainText;

/** Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), including 1.0's single "author". */
final class JsonFeedReader {
    private final ObjectMapper mapper = new ObjectMapper();

    FeedResult read(String json, String feedUrl, int maxItems) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            return new FeedResult.Rejected("invalid JSON: " + describe(e));
        }
        if (root == null || !root.isObject()) {
            return new FeedResult.Rejected("not a feed: the JSON document is not an object");
        }
        String version = text(root, "version");
        JsonNode items = root.path("items");
        if (!version.contains("jsonfeed.org/version/") && !items.isArray()) {
            return new FeedResult.Rejected("not a feed: JSON without a jsonfeed.org version or an items list");
        }
        List<String> feedAuthors = authors(root);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            if (entries.size() >= maxItems) {
                break;
            }
            if (item.isObject()) {
                entries.add(entry(item, feedUrl, feedAuthors));
            }
        }
        Feed feed = new Feed(FeedFormat.JSON_FEED, HtmlText.plainIfMarkup(text(root, "title")),
                FeedUrls.link(feedUrl, text(root, "home_page_url")), Fields.language(text(root, "language")),
                null, null, entries, null);
        return new FeedResult.Parsed(feed);
    }

    private static String describe(JacksonException e) {
        String message = PlainText.oneLine(e.getOriginalMessage());
        int detail = message.indexOf(" (start marker");
        message = detail > 0 ? message.substring(0, detail) : message;
        var location = e.getLocation();
        return location == null ? message
                : message + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static FeedEntry entry(JsonNode item, String feedUrl, List<String> feedAuthors) {
        EntryFields entry = new EntryFields();
        JsonNode id = item.path("id");
        entry.id(id.isTextual() || id.isNumber() ? id.asText() : null);
        entry.link(FeedUrls.link(feedUrl, text(item, "url")));
        entry.link(FeedUrls.link(feedUrl, text(item, "external_url")));
        entry.title(HtmlText.plainIfMarkup(text(item, "title")));
        entry.published(FeedDates.parse(text(item, "date_published")));
        entry.updated(FeedDates.parse(text(item, "date_modified")));
        List<String> authors = authors(item);
        for (String author : authors.isEmpty() ? feedAuthors : authors) {
            entry.author(author);
        }
        for (JsonNode tag : item.path("tags")) {
            if (tag.isTextual()) {
                entry.category(HtmlText.oneLine(tag.asText()));
            }
        }
        entry.summary(HtmlText.plainIfMarkup(text(item, "summary")));
        String html = text(item, "content_html");
        entry.contentHtml(html.isBlank() ? null : FeedUrls.resolveInHtml(html, feedUrl));
        String contentText = text(item, "content_text");
        entry.contentHtml(contentText.isBlank() ? null : HtmlText.escape(contentText));
        return entry.build();
    }

    /** Names from 1.1's "authors" list, else 1.0's "author" object. */
    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>(1);
        for (JsonNode author : node.path("authors")) {
            addName(author, names);
        }
        if (names.isEmpty()) {
            addName(node.path("author"), names);
        }
        return names;
    }

    private static void addName(JsonNode author, List<String> names) {
        String name = Fields.person(HtmlText.plainIfMarkup(text(author, "name")));
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }
}
