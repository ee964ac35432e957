package org.parallax.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import org.parallax.store.Database;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.view.StoryPages;
import org.parallax.web.api.ApiOutletsHandler;
import org.parallax.web.api.ApiStoriesHandler;
import org.parallax.web.api.ApiStoryHandler;
import org.parallax.web.page.FrontPageHandler;
import org.parallax.web.page.OutletPageHandler;
import org.parallax.web.page.StatusPageHandler;
import org.parallax.web.page.StoryPageHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: HTML pages that work without JavaScript, and the JSON API. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    public WebServer(Database db) {
        StoryPages pages = new StoryPages(db);
        HtmlResponder html = new HtmlResponder();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(jsonMapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.get("/", new FrontPageHandler(pages, html));
            config.routes.get("/stories/{id}", new StoryPageHandler(pages, html));
            config.routes.get("/outlets/{id}", new OutletPageHandler(pages, html));
            config.routes.get("/status", new StatusPageHandler(db, html));
            config.routes.get("/api/stories", new ApiStoriesHandler(pages));
            config.routes.get("/api/stories/{id}", new ApiStoryHandler(pages));
            config.routes.get("/api/outlets", new ApiOutletsHandler(pages));
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), "html", ctx -> {
                if (ctx.result() == null) {
                    html.notFound(ctx, "There is no page at this address.");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("Internal error");
            });
        });
    }

    /** Starts listening; port 0 picks a free port. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
