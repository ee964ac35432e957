package org.parallax.web.api;

import java.util.OptionalLong;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import org.parallax.web.edition.Edition;
import org.parallax.web.edition.ReaderSettings;
import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.Conditional;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.view.StoryPage;
import org.parallax.web.view.StoryPages;
import org.parallax.web.view.StoryPages.StoryLookup;

/**
 * {@code GET /api/stories/{id}}: one story's brief, coverage and sources. A story merged into
 * another redirects permanently (301) to the surviving story's address. A story of the current
 * edition is written once per edition.
 */
public record ApiStoryHandler(StoryPages pages, JsonResponder json) implements Handler {

    @Override
    public void handle(Context ctx) {
        OptionalLong id = HtmlResponder.id(ctx);
        Edition edition = pages.editions().current();
        if (id.isPresent() && edition.story(id.getAsLong()).isPresent()) {
            var written = edition.cached("/api/stories/" + id.getAsLong(), key -> pages.story(id.getAsLong())
                    .map(page -> json.render(StoryJson.of(page), page.brief().composedAt())).orElse(null));
            if (written != null) {
                Conditional.send(ctx, written);
                return;
            }
        }
        switch (pages.lookup(id, ReaderSettings.DEFAULT)) {
            case StoryLookup.MergedInto(long story) -> ctx.redirect("/api/stories/" + story, HttpStatus.MOVED_PERMANENTLY);
            case StoryLookup.Found(StoryPage page) -> json.send(ctx, StoryJson.of(page), page.brief().composedAt());
            case StoryLookup.Missing() -> ApiErrors.send(ctx, HttpStatus.NOT_FOUND, "no such story");
        }
    }
}
