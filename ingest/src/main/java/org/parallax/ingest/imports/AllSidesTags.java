package org.parallax.ingest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.parallax.core.model.ArticleKind;

/**
 * The kind of an article in an AllSides headline roundup, from its {@code opinion_tag}: OPINION and
 * ANALYSIS are argument pieces; FACT CHECK, DATA and no tag (null or absent) are reporting. The
 * importer and the evaluation commands read the tag through this one mapping.
 */
public final class AllSidesTags {

    private AllSidesTags() {
    }

    /** @param opinionTag the article's {@code opinion_tag} value, or null when the field is absent */
    public static ArticleKind kind(JsonNode opinionTag) {
        if (opinionTag != null && opinionTag.isTextual()) {
            return ArticleKind.parse(opinionTag.textValue()).orElse(ArticleKind.NEWS);
        }
        return ArticleKind.NEWS;
    }
}
