package org.parallax.pipeline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.model.Article;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.FeedLink;
import org.parallax.core.model.FeedState;
import org.parallax.core.model.OutletEntry;
import org.parallax.feeds.FeedLimits;
import org.parallax.fetch.AddressClass;
import org.parallax.fetch.AddressPolicy;
import org.parallax.fetch.FetchSettings;
import org.parallax.fetch.Fetcher;
import org.parallax.fetch.HostResolver;
import org.parallax.fetch.HostPacer;
import org.parallax.ingest.poll.PollSettings;
import org.parallax.ingest.poll.RoundReport;
import org.parallax.fetch.simulator.FakeClock;
import org.parallax.fetch.simulator.Fault;
import org.parallax.fetch.simulator.OutletSimulator;
import org.parallax.fetch.simulator.Publication;
import org.parallax.fetch.simulator.Publication.Feeds;
import org.parallax.fetch.simulator.Publication.LinkStyle;
import org.parallax.fetch.simulator.SimOutlet;
import org.parallax.fetch.simulator.SimStory;
import org.parallax.store.Database;
import org.parallax.store.testing.DatabaseKind;
import org.parallax.store.testing.TestDatabases;

/**
 * The whole live path against many simulated outlets over four simulated days: feeds in RSS and
 * Atom, gzip, conditional requests, 429 and 503 with Retry-After, a feed that does not answer in
 * time, a malformed feed (an error page), a truncated feed, a huge feed, a gzip bomb, a redirect
 * loop, article pages that fail for hours, robots.txt closing a section, AMP and tracking variants
 * of links, stories listed in two feeds, and wire copy carried by four outlets. Half way, the poller stops and the database is
 * closed and opened again, as in a restart. Every story must end up stored exactly once.
 */
class SimulatedOutletsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(10);
    private static final Duration RUN = Duration.ofDays(4);
    private static final Pattern TOKEN = Pattern.compile("\\bstory(\\d{4})\\b");

    @TempDir
    Path tempDir;

    private int nextStory = 1;
    private final Set<Integer> expected = new HashSet<>();
    private final Map<Integer, Integer> carriersOfWire = new HashMap<>();

    private SimStory story() {
        SimStory story = SimStory.generate(nextStory++);
        expected.add(story.id());
        return story;
    }

    private static Instant at(double hours) {
        return T0.plus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    private static LiveSettings settings() {
        FetchSettings fetch = FetchSettings.defaults("https://parallax.invalid/test")
                .withAddresses(AddressPolicy.allowing(AddressClass.LOOPBACK))
                .withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withLimits(1024 * 1024, 4 * 1024 * 1024, 5); // the HUGE feed and the gzip bomb exceed these
        PollSettings poll = new PollSettings(Duration.ofMinutes(10), Duration.ofHours(2), Duration.ofHours(4),
                Duration.ofHours(6), 100, 4, 30, 3, Duration.ofDays(30), 40, FeedLimits.defaults(), Duration.ofMinutes(3),
                FeedState.SLOW_FETCH);
        return new LiveSettings(true, fetch, poll);
    }

    private static Fetcher fetcher(FakeClock clock, HostPacer.Sleeper sleeper) {
        FetchSettings fetch = settings().fetch();
        return new Fetcher(fetch, HostResolver.system(), new HostPacer(fetch.hostDelay(), clock, sleeper), clock);
    }

    /** Publishes the scenario; returns the outlets with the faults each must have recorded. */
    private Map<SimOutlet, String> scenario(OutletSimulator sim) {
        Map<SimOutlet, String> expectedErrors = new HashMap<>();
        SimOutlet alpha = sim.outlet("Alpha Daily").gzip().robotsDisallow("/private/")
                .fault(Fault.of(Fault.Type.UNAVAILABLE, at(6), Duration.ofHours(3)));
        expectedErrors.put(alpha, "HTTP 503");
        for (int i = 0; i < 10; i++) {
            Publication p = Publication.news(story(), at(1 + 5 * i));
            alpha.publish(i % 4 == 1 ? p.under("private").withFullContent() : p);
        }
        SimOutlet beta = sim.outlet("Beta Herald").atom()
                .fault(Fault.of(Fault.Type.TOO_MANY_REQUESTS, at(10), Duration.ofHours(2)));
        expectedErrors.put(beta, "HTTP 429");
        for (int i = 0; i < 8; i++) {
            Publication p = Publication.news(story(), at(2 + 6 * i));
            beta.publish(switch (i % 4) {
                case 1 -> p.under("opinion").in(Feeds.OPINION);
                case 2 -> p.in(Feeds.BOTH).linked(LinkStyle.TRACKED);
                default -> p;
            });
        }
        SimOutlet gamma = sim.outlet("Gamma Times").fault(Fault.of(Fault.Type.SLOW, at(3), Duration.ofHours(2)));
        expectedErrors.put(gamma, "timed out");
        SimOutlet delta = sim.outlet("Delta Post").fault(Fault.of(Fault.Type.MALFORMED, at(20), Duration.ofHours(10)));
        expectedErrors.put(delta, "not a usable feed");
        SimOutlet epsilon = sim.outlet("Epsilon News").maxAge(Duration.ofMinutes(30))
                .fault(Fault.of(Fault.Type.HUGE, at(15), Duration.ofHours(3)));
        expectedErrors.put(epsilon, "larger than");
        SimOutlet zeta = sim.outlet("Zeta Wire").gzip().ttl(45)
                .fault(Fault.of(Fault.Type.GZIP_BOMB, at(25), Duration.ofHours(3)));
        expectedErrors.put(zeta, "decompressed body larger than");
        SimOutlet eta = sim.outlet("Eta Courier").fault(Fault.of(Fault.Type.REDIRECT_LOOP, at(40), Duration.ofHours(4)));
        expectedErrors.put(eta, "redirect loop");
        SimOutlet theta = sim.outlet("Theta Gazette")
                .fault(Fault.of(Fault.Type.PAGES_UNAVAILABLE, at(30), Duration.ofHours(6)));
        SimOutlet iota = sim.outlet("Iota Review").fault(Fault.of(Fault.Type.TRUNCATED, at(12), Duration.ofHours(8)));
        for (SimOutlet outlet : List.of(gamma, delta, epsilon, eta, theta)) {
            for (int i = 0; i < 8; i++) {
                Publication p = Publication.news(story(), at(0.5 + 7 * i + outlet.name().length() % 3));
                if (outlet == eta && i % 2 == 0) {
                    p = p.linked(LinkStyle.AMP);
                }
                outlet.publish(outlet == theta ? p.withFullContent() : p);
            }
        }
        for (int i = 0; i < 6; i++) {
            iota.publish(Publication.news(story(), at(4 + 9 * i)).under("opinion").in(Feeds.OPINION));
        }
        // Wire copy: Zeta's stories, carried word for word, extended by a line, or retitled, by three more outlets.
        SimOutlet kappa = sim.outlet("Kappa Chronicle");
        SimOutlet lambda = sim.outlet("Lambda Ledger");
        SimOutlet mu = sim.outlet("Mu Monitor");
        for (int i = 0; i < 9; i++) {
            SimStory wire = story();
            Instant published = at(3 + 8 * i);
            zeta.publish(Publication.news(wire, published));
            int carriers = 1;
            if (i % 3 != 2) {
                kappa.publish(Publication.news(wire.retitled("Kappa: " + wire.title()), published.plus(Duration.ofHours(1))));
                carriers++;
            }
            if (i % 3 != 1) {
                lambda.publish(Publication.news(wire.withAddedParagraph("Lambda Ledger staff contributed to "
                        + "this report from the regional desk."), published.plus(Duration.ofMinutes(90))));
                carriers++;
            }
            mu.publish(Publication.news(wire, published.plus(Duration.ofHours(2))).withFullContent());
            carriers++;
            carriersOfWire.put(wire.id(), carriers);
        }
        for (SimOutlet outlet : List.of(lambda, mu)) {
            for (int i = 0; i < 6; i++) {
                outlet.publish(Publication.news(story(), at(5 + 11 * i)));
            }
        }
        return expectedErrors;
    }

    private static void register(Database db, OutletSimulator sim) {
        for (SimOutlet outlet : sim.outlets()) {
            boolean opinionOnly = outlet.publications().stream().allMatch(p -> !p.inNewsFeed());
            boolean hasOpinion = outlet.publications().stream().anyMatch(Publication::inOpinionFeed);
            List<FeedLink> feeds = new ArrayList<>();
            if (!opinionOnly) {
                feeds.add(new FeedLink(outlet.newsFeed().toString(), ArticleKind.NEWS));
            }
            if (hasOpinion) {
                feeds.add(new FeedLink(outlet.opinionFeed().toString(), ArticleKind.OPINION));
            }
            db.registry().add(new OutletEntry(outlet.name(), outlet.domain(), outlet.base().toString(), "GB", null,
                    null, false, null, feeds), T0);
        }
    }

    /** Runs rounds every STEP of simulated time until {@code end}. */
    private static RoundReport runUntil(LiveIngestion live, FakeClock clock, Instant end) throws InterruptedException {
        RoundReport total = RoundReport.EMPTY;
        while (clock.instant().isBefore(end)) {
            RoundReport round = live.poller().runRound();
            total = new RoundReport(total.feeds() + round.feeds(), total.failed() + round.failed(),
                    total.notModified() + round.notModified(), total.newEntries() + round.newEntries(),
                    total.stored() + round.stored(), total.copies() + round.copies(), total.skipped() + round.skipped(),
                    total.retrying() + round.retrying());
            clock.advance(STEP);
        }
        return total;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyStoryIsStoredExactlyOnceThroughFaultsAndARestart(DatabaseKind kind) throws Exception {
        FakeClock clock = new FakeClock(T0);
        HostPacer.Sleeper noSleep = duration -> clock.advance(duration);
        try (OutletSimulator sim = new OutletSimulator(clock);
             TestDatabases.Reopenable store = TestDatabases.reopenable(kind, tempDir)) {
            Map<SimOutlet, String> expectedErrors = scenario(sim);
            Map<String, String> errorsSeen = new HashMap<>();

            RoundReport firstHalf;
            try (Database db = store.open(); Fetcher fetcher = fetcher(clock, noSleep);
                 LiveIngestion live = new LiveIngestion(db, settings(), fetcher, clock)) {
                register(db, sim);
                firstHalf = runUntil(live, clock, T0.plus(RUN.dividedBy(2)));
                collectErrors(db, errorsSeen);
            }
            RoundReport secondHalf;
            try (Database db = store.open(); Fetcher fetcher = fetcher(clock, noSleep);
                 LiveIngestion live = new LiveIngestion(db, settings(), fetcher, clock)) {
                register(db, sim); // a restart applies the same configuration again: changes nothing
                secondHalf = runUntil(live, clock, T0.plus(RUN));
                collectErrors(db, errorsSeen);

                List<Article> articles = allArticles(db);
                List<Integer> storiesStored = articles.stream().map(a -> storyOf(a.text())).toList();
                assertThat(storiesStored).doesNotHaveDuplicates();
                assertThat(new HashSet<>(storiesStored)).isEqualTo(expected);
                assertThat(articles).hasSize(expected.size());
                assertThat(firstHalf.stored() + secondHalf.stored()).isEqualTo(expected.size());
                assertThat(firstHalf.stored()).isPositive();
                assertThat(secondHalf.stored()).isPositive();

                // Wire copy: one article, every outlet that carried it recorded.
                for (Article article : articles) {
                    Integer carriers = carriersOfWire.get(storyOf(article.text()));
                    if (carriers != null) {
                        assertThat(db.intake().carrierOutlets(article.id())).as(article.title()).isEqualTo(carriers);
                    }
                }
                // Opinion feeds and sections give opinion articles: Beta's two opinion pieces, the two it
                // lists in both its feeds (whichever feed came first), and Iota's six.
                assertThat(articles.stream().filter(a -> a.kind() == ArticleKind.OPINION)).hasSize(2 + 2 + 6);
                // Every feed recovered from its fault and is healthy now.
                assertThat(db.feeds().health()).allSatisfy(f -> assertThat(f.feed().errorCount())
                        .as(f.feed().url() + " " + f.feed().lastError()).isZero());
                assertThat(db.feeds().health()).allSatisfy(f -> assertThat(f.feed().lastSuccess()).isNotNull());
            }

            // Each fault was met and recorded as the feed's error.
            for (Map.Entry<SimOutlet, String> fault : expectedErrors.entrySet()) {
                assertThat(errorsSeen.get(fault.getKey().newsFeed().toString())).as(fault.getKey().name())
                        .contains(fault.getValue());
            }
            // Politeness and robots.txt.
            for (SimOutlet outlet : sim.outlets()) {
                assertThat(outlet.maxConcurrentRequests()).as(outlet.name()).isEqualTo(1);
            }
            assertThat(sim.outlets().getFirst().requests("/private/")).isZero();
            assertThat(sim.outlets().stream().mapToInt(SimOutlet::notModifiedResponses).sum()).isPositive();
        }
    }

    private static void collectErrors(Database db, Map<String, String> errorsSeen) {
        for (var feed : db.feeds().health()) {
            FeedState state = feed.feed();
            if (state.lastError() != null) {
                errorsSeen.merge(state.url(), state.lastError(), (a, b) -> a + " | " + b);
            }
        }
    }

    private static List<Article> allArticles(Database db) {
        List<Article> all = new ArrayList<>();
        for (var outlet : db.outlets().all()) {
            all.addAll(db.articles().ofOutlet(outlet.id(), 1000));
        }
        return all;
    }

    private static int storyOf(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("story token in: " + text.substring(0, Math.min(80, text.length()))).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
