package org.parallax.core.brief;

import java.util.Comparator;

import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.SourcedArticle;

/**
 * A piece of a story that could speak for its outlet's side, with the passage it would be quoted by.
 *
 * @param centrality how typical the piece is of the story ({@link Centrality}): an argument about
 *                   the story rather than about something near it
 */
record Voice(SourcedArticle piece, ArgumentPassages.Passage passage, double centrality) {

    /**
     * The order in which a side's voices are preferred: opinion pieces (argument), then analysis
     * pieces (explanation), then news passages; among pieces of a kind the most central, among news
     * passages the most argumentative, then the most central; ties to the oldest.
     */
    static final Comparator<Voice> PREFERRED = Comparator
            .comparing((Voice v) -> v.piece().article().kind() != ArticleKind.OPINION)
            .thenComparing(v -> !v.isArgumentPiece())
            .thenComparingDouble(v -> v.isArgumentPiece() ? 0 : -v.passage().strength())
            .thenComparingDouble(v -> -v.centrality())
            .thenComparing(Voice::piece, ArticlePool.BY_TIME);

    Outlet outlet() {
        return piece.outlet();
    }

    boolean isArgumentPiece() {
        return piece.article().kind().isArgument();
    }
}
