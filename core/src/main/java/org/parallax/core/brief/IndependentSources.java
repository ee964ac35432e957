package org.parallax.core.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parallax.core.model.SourcedArticle;
import org.parallax.core.publish.WireServices;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Span;

/**
 * Which of a story's articles are one independent source: wire copy that several outlets ran counts
 * once. Two articles are one source when both are the same agency's copy (by outlet or byline, as
 * {@link WireServices} reads them, or by the dateline "(AP) —", "(Reuters) -"), or when they open with the same two sentences, word for word (copy run
 * without a byline). Copies that deduplication folded into one article are its
 * {@link SourcedArticle#carriers()}, already one source.
 */
final class IndependentSources {

    private static final Pattern AP_DATELINE = Pattern.compile("\\(AP\\)\\s*[—–-]");
    private static final Pattern REUTERS_DATELINE = Pattern.compile("\\(Reuters\\)\\s*[—–-]");
    private static final Pattern AFP_DATELINE = Pattern.compile("\\(AFP\\)\\s*[—–-]");

    private final Map<Long, String> sourceOf = new HashMap<>();
    private final Map<Long, String> wireOf = new HashMap<>();

    IndependentSources(List<SourcedArticle> articles, SentenceSplitter splitter) {
        Map<String, String> byOpening = new HashMap<>();
        for (SourcedArticle a : articles) {
            long id = a.article().id();
            Optional<String> wire = wire(a);
            wire.ifPresent(w -> wireOf.put(id, w));
            String key = wire.map(w -> "wire:" + w).orElse("outlet:" + a.outlet().id());
            String opening = opening(a.article().text(), splitter);
            if (opening != null) {
                String earlier = byOpening.putIfAbsent(opening, key);
                if (earlier != null) {
                    key = earlier;
                }
            }
            sourceOf.put(id, key);
        }
    }

    /** The independent source an article belongs to. */
    String sourceOf(SourcedArticle a) {
        return sourceOf.getOrDefault(a.article().id(), "outlet:" + a.outlet().id());
    }

    /** The agency of a wire article, else null. */
    String wireOf(SourcedArticle a) {
        return wireOf.get(a.article().id());
    }

    /** The agency whose copy the article is: its outlet or byline ({@link WireServices}), else its dateline. */
    static Optional<String> wire(SourcedArticle a) {
        Optional<WireServices.Wire> known = WireServices.of(a.article(), a.outlet());
        if (known.isPresent()) {
            return Optional.of(known.get().name());
        }
        String text = a.article().text();
        String head = text.substring(0, Math.min(200, text.length()));
        if (AP_DATELINE.matcher(head).find()) {
            return Optional.of("AP");
        }
        if (REUTERS_DATELINE.matcher(head).find()) {
            return Optional.of("Reuters");
        }
        if (AFP_DATELINE.matcher(head).find()) {
            return Optional.of("AFP");
        }
        return Optional.empty();
    }

    /** The first two sentences in lower case, when they are long enough to be distinctive; else null. */
    private static String opening(String text, SentenceSplitter splitter) {
        List<Span> spans = splitter.split(text);
        if (spans.size() < 2) {
            return null;
        }
        String opening = (spans.get(0).of(text) + " " + spans.get(1).of(text)).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return opening.length() < 120 ? null : opening;
    }
}
