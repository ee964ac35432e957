package org.parallax.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} values by property, name or itemprop (case-insensitive; first one wins). */
final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document document) {
        MetaTags tags = new MetaTags();
        for (Element meta : document.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.values.putIfAbsent(key, content);
                }
            }
        }
        return tags;
    }

    /** The content for this name, or null. */
    String get(String name) {
        return values.get(name.toLowerCase(Locale.ROOT));
    }
}
