package org.parallax.web.page;

import java.util.OptionalLong;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.edition.Edition;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPage;
import org.parallax.web.view.StoryPages;
import org.parallax.web.view.StoryPages.StoryLookup;

/**
 * {@code GET /stories/{id}}: the brief of one story. The address of a story merged into another
 * redirects permanently (301) to the surviving story, so links to it keep working. A story of the
 * current edition is rendered once per edition and slider setting; older and developing stories are
 * read from the database.
 */
public record StoryPageHandler(StoryPages pages, HtmlResponder html) implements Handler {

    @Override
    public void handle(Context ctx) {
        OptionalLong id = HtmlResponder.id(ctx);
        ReaderSettings settings = ReaderRequest.settings(ctx);
        Edition edition = pages.editions().current();
        if (id.isPresent() && edition.story(id.getAsLong()).isPresent()) {
            var rendered = edition.cached("/stories/" + id.getAsLong() + "?" + settings.query(),
                    key -> pages.story(id.getAsLong(), settings)
                            .map(page -> html.render("story.jte", page, page.brief().composedAt()))
                            .orElse(null));
            if (rendered != null) {
                Conditional.send(ctx, rendered);
                return;
            }
        }
        switch (pages.lookup(id, settings)) {
            case StoryLookup.MergedInto(long story) -> ctx.redirect("/stories/" + story, HttpStatus.MOVED_PERMANENTLY);
            case StoryLookup.Found(StoryPage page) -> html.page(ctx, "story.jte", page, page.brief().composedAt());
            case StoryLookup.Missing() -> html.notFound(ctx, "There is no published story with this number.");
        }
    }
}
