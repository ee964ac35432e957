package org.parallax.ingest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.extract.text.LanguageTags;
import org.parallax.extract.text.PlainText;
import org.parallax.extract.text.Timestamps;
import org.parallax.extract.url.UrlCanonicalizer;

/**
 * Turns one article object of a JSONL file into an item: the fields of IMPORT-FORMAT.md, and
 * inside a roundup line also the AllSides fields {@code rating} and {@code opinion_tag}.
 */
final class ArticleReader {
    private final String declaredProvenance;
    private final String allSidesProvenance;

    ArticleReader(String fileName) {
        this.declaredProvenance = "declared in import file " + fileName;
        this.allSidesProvenance = "AllSides rating given in " + fileName;
    }

    /** The story line an article object sits in, giving defaults to its articles. */
    record Roundup(Instant date) {
    }

    /**
     * @param roundup the story line holding the article, or null for an article line
     */
    ImportItem read(String location, JsonNode article, Roundup roundup) {
        if (!article.isObject()) {
            return new ImportItem.Skipped(location, "expected a JSON object");
        }
        FieldReader fields = new FieldReader(article);
        String url = fields.required("url");
        String outlet = fields.required("outlet");
        String title = fields.required("title");
        String text = fields.required("text");
        String byline = fields.optional("byline");
        String canonicalUrl = canonicalUrl(fields, url);
        Instant published = published(fields, roundup);
        ArticleKind kind = kind(fields, roundup);
        String language = language(fields);
        Rating stance = stance(fields, roundup);
        String paragraphs = text == null ? null : PlainText.paragraphs(text);
        if (paragraphs != null && paragraphs.isEmpty()) {
            fields.problem("field \"text\" is empty");
        }
        String oneLineTitle = title == null ? null : PlainText.oneLine(title);
        if (!fields.problems().isEmpty()) {
            return new ImportItem.Skipped(location, String.join("; ", fields.problems()));
        }
        OutletHint hint = new OutletHint(PlainText.oneLine(outlet), UrlCanonicalizer.domain(url).orElseThrow(), stance);
        ArticleDraft draft = new ArticleDraft(hint, url.strip(), canonicalUrl, oneLineTitle,
                byline == null ? null : PlainText.oneLine(byline), published, paragraphs, kind, language);
        return new ImportItem.Parsed(location, draft);
    }

    private static String canonicalUrl(FieldReader fields, String url) {
        String fromUrl = url == null ? null
                : fields.parsed("url", url, UrlCanonicalizer::canonicalize, "an absolute http(s) URL");
        String declared = fields.optional("canonical_url");
        return declared == null ? fromUrl
                : fields.parsed("canonical_url", declared, UrlCanonicalizer::canonicalize, "an absolute http(s) URL");
    }

    private static Instant published(FieldReader fields, Roundup roundup) {
        String published = fields.optional("published");
        if (published == null) {
            return roundup == null ? null : roundup.date();
        }
        return fields.parsed("published", published, Timestamps::parse, "an ISO-8601 date-time or date");
    }

    private static ArticleKind kind(FieldReader fields, Roundup roundup) {
        String kind = fields.optional("kind");
        if (kind != null) {
            Optional<ArticleKind> parsed = ArticleKind.parse(kind);
            if (parsed.isEmpty()) {
                fields.problem("unknown kind " + FieldReader.quote(kind) + " (expected news, opinion or analysis)");
            }
            return parsed.orElse(ArticleKind.NEWS);
        }
        return roundup != null ? AllSidesTags.kind(fields.raw("opinion_tag")) : ArticleKind.NEWS;
    }

    private static String language(FieldReader fields) {
        String language = fields.optional("language");
        if (language == null) {
            return null;
        }
        Optional<String> tag = LanguageTags.normalize(language);
        if (tag.isEmpty()) {
            fields.problem("field \"language\" is not a BCP 47 language tag: " + FieldReader.quote(language));
        }
        return tag.orElse(null);
    }

    private Rating stance(FieldReader fields, Roundup roundup) {
        JsonNode declared = fields.raw("outlet_stance");
        if (declared != null) {
            return rating(fields, "outlet_stance", declared, declaredProvenance);
        }
        JsonNode allSides = roundup == null ? null : fields.raw("rating");
        if (allSides != null) {
            return rating(fields, "rating", allSides, allSidesProvenance);
        }
        return null;
    }

    private static Rating rating(FieldReader fields, String name, JsonNode value, String provenance) {
        Stances.Reading reading;
        if (value.isNumber()) {
            reading = Stances.read(value.doubleValue());
        } else if (value.isTextual()) {
            reading = Stances.read(value.textValue());
        } else {
            reading = new Stances.Unreadable("must be a string or a number");
        }
        return switch (reading) {
            case Stances.Score(double score) -> new Rating(score, provenance);
            case Stances.NoStance() -> null;
            case Stances.Unreadable(String reason) -> {
                fields.problem("field \"" + name + "\": " + reason);
                yield null;
            }
        };
    }
}
