package org.parallax.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.extract.Extraction;
import org.parallax.extract.HtmlDecoder;
import org.parallax.extract.HtmlExtractor;
import org.parallax.extract.url.UrlCanonicalizer;

/** Turns WARC response records into articles: HTTP 200 HTML pages, through {@link HtmlExtractor}. */
final class WarcPages {
    /** Bigger pages are skipped: article pages are far smaller, and memory stays bounded. */
    static final int MAX_HTML_BYTES = 5 * 1024 * 1024;

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** What a response record holds. */
    sealed interface Page permits Html, NotAnArticle {
    }

    record Html(String url, String html) implements Page {
    }

    record NotAnArticle(String reason) implements Page {
    }

    private final HtmlExtractor extractor = new HtmlExtractor();

    /**
     * Reads the page out of a response record.
     *
     * @throws IOException when the record itself is cut short or damaged
     */
    Page read(WarcResponse response) throws IOException {
        String url = response.target();
        if (UrlCanonicalizer.canonicalize(url).isEmpty()) {
            return new NotAnArticle("target is not an http(s) URL: " + FieldReader.quote(String.valueOf(url)));
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return new NotAnArticle("not an HTTP response (record content type " + response.contentType() + ")");
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            // The WARC framing is intact (the record has its length), so only this record is lost.
            return new NotAnArticle("unreadable HTTP response header (" + e.getMessage() + ")");
        }
        if (http.status() != 200) {
            return new NotAnArticle("HTTP status " + http.status() + ", not 200");
        }
        Optional<String> declaredType = http.headers().first("Content-Type");
        MediaType type = http.contentType();
        if (declaredType.isPresent() && !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return new NotAnArticle("not HTML (content type " + type.base() + ")");
        }
        byte[] body = new byte[MAX_HTML_BYTES + 1];
        int length;
        try (InputStream in = http.bodyDecoded().stream()) {
            length = in.readNBytes(body, 0, body.length);
        }
        if (length > MAX_HTML_BYTES) {
            return new NotAnArticle("HTML larger than " + MAX_HTML_BYTES / (1024 * 1024) + " MiB");
        }
        if (declaredType.isEmpty() && !looksLikeHtml(body, length)) {
            return new NotAnArticle("no content type, and the body does not look like HTML");
        }
        return new Html(url, HtmlDecoder.decode(body, length, type.parameters().get("charset")));
    }

    /** The article of an HTML page, or why there is none. */
    ImportItem item(String location, Html page) {
        Extraction extraction = extractor.extract(page.html(), page.url());
        if (extraction.title() == null) {
            return new ImportItem.Skipped(location, "no title found in the page");
        }
        if (extraction.text().isBlank()) {
            return new ImportItem.Skipped(location, "no article text found in the page");
        }
        String domain = UrlCanonicalizer.domain(page.url()).orElseThrow();
        String outlet = extraction.siteName() != null ? extraction.siteName() : domain;
        String canonical = extraction.canonicalUrl() != null ? extraction.canonicalUrl()
                : UrlCanonicalizer.canonicalize(page.url()).orElseThrow();
        ArticleKind kind = extraction.kind() != null ? extraction.kind() : ArticleKind.NEWS;
        ArticleDraft draft = new ArticleDraft(new OutletHint(outlet, domain, null), page.url(), canonical,
                extraction.title(), extraction.byline(), extraction.published(), extraction.text(), kind,
                extraction.language());
        return new ImportItem.Parsed(location, draft);
    }

    private static boolean looksLikeHtml(byte[] body, int length) {
        String head = new String(body, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head");
    }
}
