package org.parallax.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt file that apply to one crawler (RFC 9309). Parsing picks the groups
 * whose user-agent line names the crawler's product token (case-insensitive), else the "*"
 * groups; several matching groups are merged. A path is allowed unless the longest matching rule
 * is a Disallow (on a tie, Allow wins). Patterns may contain "*" (any characters) and end with "$"
 * (end of path). Unknown lines, Sitemap and Crawl-delay are ignored. Immutable.
 */
public final class RobotsRules {
    /** Only this much of a robots.txt file is read, as RFC 9309 allows. */
    public static final int MAX_BYTES = 500 * 1024;

    private record Rule(boolean allow, String pattern) {
    }

    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), false);
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(), true);

    private final List<Rule> rules;
    private final boolean disallowAll;

    private RobotsRules(List<Rule> rules, boolean disallowAll) {
        this.rules = List.copyOf(rules);
        this.disallowAll = disallowAll;
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
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inAgents = false; // reading the user-agent lines that open a group
        boolean ownGroupSeen = false;
        for (String rawLine : text.split("\\r\\n|\\r|\\n")) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgents) {
                        groupIsMine = false;
                        groupIsStar = false;
                        inAgents = true;
                    }
                    String agent = value.toLowerCase(Locale.ROOT);
                    int slash = agent.indexOf('/');
                    agent = (slash >= 0 ? agent.substring(0, slash) : agent).strip();
                    groupIsMine |= agent.equals(token);
                    ownGroupSeen |= agent.equals(token);
                    groupIsStar |= agent.equals("*");
                }
                case "allow", "disallow" -> {
                    inAgents = false;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" with no path allows everything: no rule
                    }
                    Rule rule = new Rule(key.equals("allow"), normalize(value));
                    if (groupIsMine) {
                        mine.add(rule);
                    } else if (groupIsStar) {
                        star.add(rule);
                    }
                }
                default -> inAgents = false;
            }
        }
        // The crawler's own groups replace the "*" groups entirely, even when they have no rules.
        return new RobotsRules(ownGroupSeen ? mine : star, false);
    }

    /**
     * Whether the crawler may fetch this path.
     *
     * @param pathAndQuery the raw (percent-encoded) path and query of the URL, e.g. "/news/a?id=3"
     */
    public boolean allows(String pathAndQuery) {
        if (disallowAll) {
            return false;
        }
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : normalize(pathAndQuery);
        if (path.equals("/robots.txt")) {
            return true;
        }
        int bestLength = -1;
        boolean bestAllow = true;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path)) {
                int length = rule.pattern().length();
                if (length > bestLength || (length == bestLength && rule.allow())) {
                    bestLength = length;
                    bestAllow = rule.allow();
                }
            }
        }
        return bestAllow;
    }

    /**
     * Pattern matching with "*" and a final "$". A pattern without "$" matches any path it is a
     * prefix of, so it gets an implicit trailing "*". Greedy matching that backtracks to the last
     * star only: at most length(pattern) x length(path) steps, whatever a hostile file contains.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /**
     * Percent-encodes characters outside ASCII (as UTF-8) and upper-cases escapes, so that a
     * pattern written with raw UTF-8 matches a path written with escapes, and the other way round.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append('%').append(Character.toUpperCase(text.charAt(i + 1)))
                        .append(Character.toUpperCase(text.charAt(i + 2)));
                i += 2;
            } else if (c < 0x80) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
