package org.parallax.fetch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * The rules of a robots.txt file that apply to one crawler (RFC 9309), read by crawler-commons:
 * the groups naming the crawler's product token, else the "*" groups; the longest matching rule
 * wins; "*" and "$" in patterns; Crawl-delay. Immutable.
 */
public final class RobotsRules {
    /** Only this much of a robots.txt file is read, as RFC 9309 allows. */
    public static final int MAX_BYTES = 500 * 1024;
    /** Longer crawl delays are cut to this: a file cannot park Parallax on a host for hours. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);
    /** The rules are asked about paths; crawler-commons wants whole URLs of one origin. */
    private static final String ORIGIN = "http://robots.invalid";

    private static final RobotsRules ALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** No robots.txt (4xx): everything may be crawled. */
    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /** An unreachable robots.txt (5xx, network failure): nothing may be crawled for now. */
    public static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    public static RobotsRules parse(String text, String productToken) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        return new RobotsRules(parser.parseContent(ORIGIN + "/robots.txt", text.getBytes(StandardCharsets.UTF_8),
                "text/plain", List.of(productToken.toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether the crawler may fetch this path.
     *
     * @param pathAndQuery the raw (percent-encoded) path and query of the URL, e.g. "/news/a?id=3"
     */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        return rules.isAllowed(ORIGIN + (path.startsWith("/") ? path : "/" + path));
    }

    /** The Crawl-delay the file asks of this crawler (at most a minute), if it asks for one. */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        if (millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0) {
            return Optional.empty();
        }
        Duration delay = Duration.ofMillis(millis);
        return Optional.of(delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay);
    }
}
