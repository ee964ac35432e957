package org.parallax.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.parallax.core.model.Topic;
import org.parallax.search.SearchPage;
import org.parallax.search.SearchQuery;

/** The search page: the query as typed, its filters, and one page of results. */
public record SearchResults(SearchQuery query, SearchPage results) {
    public java.util.List<Topic> topics() {
        return java.util.List.of(Topic.values());
    }

    public String topicSlug(Topic t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String side() {
        return query.side() == null ? "" : query.side().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String pageHref(int page) {
        StringBuilder href = new StringBuilder("/search?q=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
        if (query.topic() != null) {
            href.append("&topic=").append(topicSlug(query.topic()));
        }
        if (query.outlet() != null) {
            href.append("&outlet=").append(query.outlet());
        }
        if (query.side() != null) {
            href.append("&side=").append(side());
        }
        if (query.since() != null) {
            href.append("&since=").append(query.since());
        }
        if (query.until() != null) {
            href.append("&until=").append(query.until());
        }
        return href.append("&page=").append(page).toString();
    }
}
