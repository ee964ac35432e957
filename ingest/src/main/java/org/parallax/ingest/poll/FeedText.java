package org.parallax.ingest.poll;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.core.text.Tokenizer;
import org.parallax.extract.text.PlainText;

/** The text of the HTML a feed entry carries (its content or summary), as article paragraphs. */
final class FeedText {
    private FeedText() {
    }

    static String paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select("script, style, iframe, figure figcaption, noscript").remove();
        List<String> blocks = new ArrayList<>();
        for (Element block : fragment.body().select("p, li, h2, h3, h4, blockquote")) {
            // Innermost blocks only (select matches the element itself too).
            if (block.select("p, li, blockquote").stream().allMatch(inner -> inner == block)) {
                blocks.add(block.text());
            }
        }
        return blocks.isEmpty() ? PlainText.oneLine(fragment.body().text()) : PlainText.join(blocks);
    }

    static int words(String text) {
        return Tokenizer.words(text).size();
    }
}
