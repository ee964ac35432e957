package org.parallax.web.view;

import java.util.List;

import org.parallax.core.model.Article;
import org.parallax.core.model.Outlet;

/** An outlet, its ratings with their provenance, and its latest articles. */
public record OutletPage(Outlet outlet, List<Article> articles) {
    public OutletPage {
        articles = List.copyOf(articles);
    }
}
