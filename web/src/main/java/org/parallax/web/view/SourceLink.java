package org.parallax.web.view;

import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Side;

/** One article of a story as listed under its sources. */
public record SourceLink(long articleId, long outletId, String outletName, Side side, String title, String url,
                         ArticleKind kind) {
}
