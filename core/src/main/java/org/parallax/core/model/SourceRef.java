package org.parallax.core.model;

import java.util.List;

/**
 * The article a sentence of a brief was taken from, or that states the same claim, and its outlet,
 * for attribution and links.
 *
 * @param sentence  for a fact's credit: the sentence of this article that states the fact's claim,
 *                  verbatim (for the fact's own article, the fact itself); null where not applicable
 *                  (a narrative's source) or for briefs stored before credits carried it
 * @param score     for a credit beyond the fact's own article: how strongly the claim matcher holds that
 *                  the sentence states the fact's claim (it credits from its threshold up); null otherwise
 * @param wire      the news agency whose copy this is ("AP", "Reuters") when the article is wire copy,
 *                  else null
 * @param carriedBy the other outlets that ran the same copy and state the same sentence; together with
 *                  this one they count as one independent source
 */
public record SourceRef(long articleId, long outletId, String outletName, String url, String sentence,
                        Double score, String wire, List<Carrier> carriedBy) {

    public SourceRef {
        carriedBy = carriedBy == null ? List.of() : List.copyOf(carriedBy);
    }

    /** A plain reference to an article, without a supporting sentence. */
    public SourceRef(long articleId, long outletId, String outletName, String url) {
        this(articleId, outletId, outletName, url, null, null, null, List.of());
    }

    /**
     * How a reader sees the credit: the outlet's name, or for copy carried by several outlets
     * "AP, carried by X, Y" (the agency, when known, else the outlet that ran it first).
     */
    public String label() {
        if (carriedBy.isEmpty()) {
            return wire == null ? outletName : wire + ", carried by " + outletName;
        }
        StringBuilder out = new StringBuilder(wire == null ? outletName : wire).append(", carried by ");
        if (wire != null) {
            out.append(outletName).append(", ");
        }
        for (int i = 0; i < carriedBy.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(carriedBy.get(i).outletName());
        }
        return out.toString();
    }
}
