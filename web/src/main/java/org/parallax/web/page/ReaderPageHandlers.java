package org.parallax.web.page;

import io.javalin.http.Handler;

import org.parallax.web.edition.Edition;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.BlindspotPage;
import org.parallax.web.view.OutletMap;

/** The edition-wide pages without parameters, each rendered once per edition. */
public final class ReaderPageHandlers {
    private ReaderPageHandlers() {
    }

    /** {@code GET /blindspot}: stories one wing all but ignores. */
    public static Handler blindspot(EditionSource editions, HtmlResponder html) {
        return ctx -> {
            Edition edition = editions.current();
            Conditional.send(ctx, edition.cached("/blindspot", key -> html.render("blindspot.jte",
                    BlindspotPage.of(edition.stories()), edition.changedAt())));
        };
    }

    /** {@code GET /map}: every outlet on the two axes, each dot a link to its outlet page. */
    public static Handler map(EditionSource editions, HtmlResponder html) {
        return ctx -> {
            Edition edition = editions.current();
            Conditional.send(ctx, edition.cached("/map", key -> html.render("map.jte",
                    OutletMap.of(edition.outlets()), edition.changedAt())));
        };
    }
}
