package org.parallax.web;

import java.time.InstantSource;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import org.parallax.search.SearchIndex;
import org.parallax.store.Database;
import org.parallax.web.ops.Operations;
import org.parallax.web.edition.EditionSource;
import org.parallax.web.feed.FeedHandler;
import org.parallax.web.http.ApiErrors;
import org.parallax.web.http.BadParameter;
import org.parallax.web.http.HtmlResponder;
import org.parallax.web.http.JsonResponder;
import org.parallax.web.http.Routes;
import org.parallax.web.http.SafeHeaders;
import org.parallax.web.view.StoryPages;
import org.parallax.web.api.ApiOutletHandler;
import org.parallax.web.api.ApiOutletsHandler;
import org.parallax.web.api.ApiStoriesHandler;
import org.parallax.web.api.ApiStoryHandler;
import org.parallax.web.page.FrontPageHandler;
import org.parallax.web.page.OutletIndexHandler;
import org.parallax.web.page.OutletPageHandler;
import org.parallax.web.page.StatusPageHandler;
import org.parallax.web.page.StoryPageHandler;
import org.parallax.web.page.SearchPageHandler;
import org.parallax.web.api.ApiSearchHandler;
import org.parallax.web.api.ApiOpenApiHandler;
import org.parallax.web.page.SplitPageHandler;
import org.parallax.web.page.ReaderPageHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: HTML pages that work without JavaScript, and the JSON API. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /**
     * Bytes of a response gathered before any is sent: a page or answer up to this size goes out whole
     * with its Content-Length (not chunked, and HTTP/1.0 clients keep their connection). 64 KiB is the
     * largest buffer Jetty's pool keeps for reuse.
     */
    static final int RESPONSE_BUFFER = 64 * 1024;

    private final Javalin app;
    private final EditionSource editions;
    private final Routes routes;
    private final SearchIndex index;
    private SearchIndex ownedIndex;

    /** A server with a search index in memory, built from the database when it starts. */
    public WebServer(Database db) {
        this(db, InstantSource.system(), SearchIndex.inMemory());
        this.ownedIndex = this.index;
    }

    /**
     * @param clock what "now" is for ages and recency on the reader's pages
     * @param index the search index, kept in step with the published stories by this server
     */
    public WebServer(Database db, InstantSource clock, SearchIndex index) {
        this.index = index;
        this.editions = new EditionSource(db, clock, index);
        StoryPages pages = new StoryPages(db, editions);
        HtmlResponder html = new HtmlResponder();
        JsonResponder json = new JsonResponder();
        this.routes = routes(pages, html, json, db, index);
        Operations operations = new Operations(db, clock);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(JsonResponder.mapper(), false));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setOutputBufferSize(RESPONSE_BUFFER);
                http.setOutputAggregationSize(RESPONSE_BUFFER);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            routes.install(config.routes);
            config.routes.get("/healthz", operations::health);
            config.routes.get("/metrics", operations::metrics);
            config.routes.before(operations::started);
            config.routes.after(operations::finished);
            config.routes.before(SafeHeaders::apply);
            config.routes.after(SafeHeaders::addCharset);
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
                // Handlers that answer 404 themselves set their own type; Javalin's default is plain text.
                String type = ctx.res().getContentType();
                if (type != null && !type.startsWith("text/plain")) {
                    return;
                }
                if (ApiErrors.isApi(ctx)) {
                    ApiErrors.send(ctx, HttpStatus.NOT_FOUND, "no such API route: " + ctx.path());
                } else {
                    html.notFound(ctx, "There is no page at this address.");
                }
            });
            config.routes.exception(BadParameter.class, (e, ctx) -> {
                if (ApiErrors.isApi(ctx)) {
                    ApiErrors.send(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
                } else {
                    html.badRequest(ctx, e.getMessage());
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                if (ApiErrors.isApi(ctx)) {
                    ApiErrors.send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
                } else {
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain").result("Internal error");
                }
            });
        });
    }

    /** Starts listening; port 0 picks a free port. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    /** The paths of every route, in Javalin's syntax ({@code /stories/{id}}). */
    public java.util.List<String> paths() {
        return routes.paths();
    }

    /** Makes the next request build a new edition at once: called after the pipeline changed stories. */
    public void storiesChanged() {
        editions.invalidate();
        editions.current();
    }

    @Override
    public void close() {
        app.stop();
        if (ownedIndex != null) {
            ownedIndex.close();
        }
    }

    /** Every route of the server; the OpenAPI document describes the {@code /api} ones. */
    static Routes routes(StoryPages pages, HtmlResponder html, JsonResponder json, Database db, SearchIndex index) {
        return new Routes()
                .get("/", FrontPageHandler.front(pages.editions(), html))
                .get("/topics/{slug}", FrontPageHandler.topic(pages.editions(), html))
                .get("/stories/{id}", new StoryPageHandler(pages, html))
                .get("/stories/{id}/split", SplitPageHandler.story(pages.editions(), html))
                .get("/split", SplitPageHandler.edition(pages.editions(), html))
                .get("/blindspot", ReaderPageHandlers.blindspot(pages.editions(), html))
                .get("/map", ReaderPageHandlers.map(pages.editions(), html))
                .get("/feed.atom", new FeedHandler(pages.editions(), FeedHandler.Format.ATOM, false))
                .get("/feed.rss", new FeedHandler(pages.editions(), FeedHandler.Format.RSS, false))
                .get("/topics/{slug}/feed.atom", new FeedHandler(pages.editions(), FeedHandler.Format.ATOM, true))
                .get("/topics/{slug}/feed.rss", new FeedHandler(pages.editions(), FeedHandler.Format.RSS, true))
                .get("/outlets", new OutletIndexHandler(pages, html))
                .get("/outlets/{id}", new OutletPageHandler(pages, html))
                .get("/status", new StatusPageHandler(db, html))
                .get("/search", new SearchPageHandler(pages.editions(), index, html))
                .get("/api/search", new ApiSearchHandler(pages.editions(), index, json))
                .get("/api/openapi.json", new ApiOpenApiHandler())
                .get("/api/stories", new ApiStoriesHandler(pages, json))
                .get("/api/stories/{id}", new ApiStoryHandler(pages, json))
                .get("/api/outlets", new ApiOutletsHandler(pages))
                .get("/api/outlets/{id}", new ApiOutletHandler(pages));
    }
}
