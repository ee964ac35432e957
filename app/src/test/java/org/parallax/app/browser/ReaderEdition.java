package org.parallax.app.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parallax.core.model.ArticleDraft;
import org.parallax.core.model.ArticleKind;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Outlet;
import org.parallax.core.model.OutletHint;
import org.parallax.core.model.Rating;
import org.parallax.core.model.SourceRef;
import org.parallax.core.model.Topic;
import org.parallax.core.publish.StoryStatus;
import org.parallax.store.Database;

/**
 * An edition written for the reader's browser tests: six outlets placed apart on the two axes and
 * eight published stories, each of which one slider should bring to the top or push away:
 * a left-leaning and a right-leaning story, an establishment-critical and a pro-establishment one,
 * one in loaded language (the newest, so it leads with neutral sliders), a long read, a brief, and a
 * story ten days old. Every story has two outlets and three facts, each fact credited to both
 * outlets with the sentence that states it.
 */
public final class ReaderEdition {
    /** "Now" for the server: ages, recency and the edition date are read against it. */
    public static final Instant NOW = Instant.parse("2026-03-07T12:00:00Z");
    private static final Instant SAME_DAY = NOW.minus(Duration.ofHours(3));

    public static final String LEFT = "Riverton council approves light-rail expansion";
    public static final String RIGHT = "Harbor authority cuts port fees for small shippers";
    public static final String CRITICAL = "Auditors question no-bid contracts at city hall";
    public static final String ESTABLISHMENT = "Treasury confirms spring bond sale schedule";
    public static final String LOADED = "Budget hearing ends in shouting match";
    public static final String LONG_READ = "Observatory publishes ten-year survey of the northern sky";
    public static final String BRIEF = "Central library extends weekend opening hours";
    public static final String OLD = "Maritime museum reopens after two-year renovation";

    /** Every published title, newest first as the edition orders them with neutral sliders. */
    public static final List<String> TITLES = List.of(LOADED, BRIEF, LONG_READ, ESTABLISHMENT, CRITICAL, RIGHT, LEFT, OLD);

    private static final List<String> FILLER = List.of(
            "Officials said further details would be published on the city website next week.",
            "The figures were confirmed by a spokesperson in a written statement on Friday.",
            "Residents can follow the meetings online or attend them in person at the civic centre.",
            "A second reading of the proposal is planned for the end of the month.",
            "Several local groups said they would study the documents before commenting.");

    private final Database db;
    private final Outlet leftLedger;
    private final Outlet rightHerald;
    private final Outlet criticalCourier;
    private final Outlet capitolRecord;
    private final Outlet centerWire;
    private final Outlet metroDaily;

    private ReaderEdition(Database db) {
        this.db = db;
        leftLedger = outlet("Left Ledger", "leftledger.example", -0.8, 0.0);
        rightHerald = outlet("Right Herald", "rightherald.example", 0.8, 0.0);
        criticalCourier = outlet("Critical Courier", "criticalcourier.example", 0.0, -0.8);
        capitolRecord = outlet("Capitol Record", "capitolrecord.example", 0.0, 0.8);
        centerWire = outlet("Center Wire", "centerwire.example", 0.0, 0.0);
        metroDaily = outlet("Metro Daily", "metrodaily.example", 0.0, 0.0);
    }

    /** Writes the edition into an empty database. */
    public static void write(Database db) {
        new ReaderEdition(db).stories();
    }

    private void stories() {
        story(LEFT, Topic.POLITICS, SAME_DAY, 300, List.of(
                "The Riverton city council approved three new light-rail lines on Friday by a vote of 7 to 2.",
                "The first line is scheduled to open to passengers in the spring of 2029.",
                "The expansion will be paid for with a half-cent sales tax approved by voters in November."),
                "", leftLedger, centerWire);
        story(RIGHT, Topic.BUSINESS, SAME_DAY, 300, List.of(
                "The Harbor Authority cut docking fees by 15 percent for ships under 5,000 tonnes.",
                "The new fees take effect on the first of April and apply to every berth in the port.",
                "The authority expects the change to cost it about $3 million a year in revenue."),
                "", rightHerald, centerWire);
        story(CRITICAL, Topic.CRIME, SAME_DAY, 300, List.of(
                "City auditors found that 42 contracts worth $18 million were awarded without bidding last year.",
                "The audit office has asked the council to publish every contract above $50,000.",
                "The mayor's office said it would answer the auditors' questions within 30 days."),
                "", criticalCourier, metroDaily);
        story(ESTABLISHMENT, Topic.BUSINESS, SAME_DAY, 300, List.of(
                "The Treasury will sell $4 billion of ten-year bonds in three auctions between March and May.",
                "The first auction is set for the 18th of March and is open to registered dealers.",
                "Officials said the sale schedule matches the budget approved by parliament in January."),
                "", capitolRecord, metroDaily);
        story(LOADED, Topic.POLITICS, NOW.minus(Duration.ofHours(2)), 300, List.of(
                "The city budget hearing was adjourned on Friday after two hours of debate.",
                "Council members must approve a budget of $1.2 billion before the end of March.",
                "The hearing will resume on Tuesday at nine in the morning."),
                "Critics called the plan an outrageous sham, a shameful stunt and a reckless, disgraceful scam. "
                        + "Supporters called the critics radical extremists spreading lies and propaganda. "
                        + "One member said the hearing was a chaotic fiasco and a humiliating debacle. ",
                centerWire, metroDaily);
        story(LONG_READ, Topic.SCIENCE, SAME_DAY, 1500, List.of(
                "The Northern Observatory published a survey of 2.1 million stars collected over ten years.",
                "The survey found 312 new variable stars within 500 light-years of the Sun.",
                "The data can be downloaded free of charge from the observatory's archive."),
                "", centerWire, metroDaily);
        story(BRIEF, Topic.CULTURE, SAME_DAY, 45, List.of(
                "The central library will open from 9 a.m. to 6 p.m. on Saturdays and Sundays.",
                "The new hours begin on the 14th of March.",
                "The change was funded by a grant of $200,000 from the city."),
                "", centerWire, metroDaily);
        story(OLD, Topic.CULTURE, NOW.minus(Duration.ofDays(10)), 300, List.of(
                "The maritime museum reopened on Saturday after a renovation that cost $12 million.",
                "The museum's new wing holds 40 restored boats from the 19th century.",
                "Entry will be free for residents during the first month."),
                "", centerWire, metroDaily);
    }

    private Outlet outlet(String name, String domain, double stance, double establishment) {
        Outlet outlet = db.outlets().resolve(new OutletHint(name, domain, new Rating(stance, "test")));
        db.outlets().rate(outlet.id(), new Rating(stance, "test"), new Rating(establishment, "test"));
        return outlet;
    }

    private void story(String title, Topic topic, Instant time, int words, List<String> facts, String tone,
                       Outlet... outlets) {
        long storyId = db.stories().create(time);
        String text = tone + String.join(" ", facts) + " " + filler(words - words(tone) - words(String.join(" ", facts)));
        List<List<SourceRef>> credits = new ArrayList<>();
        facts.forEach(f -> credits.add(new ArrayList<>()));
        List<Coverage.CoveringOutlet> covering = new ArrayList<>();
        SourceRef titleSource = null;
        for (Outlet outlet : outlets) {
            String url = "https://" + outlet.domain() + "/news/" + storyId;
            var draft = new ArticleDraft(new OutletHint(outlet.name(), outlet.domain(), null), url, url, title,
                    null, time, text, ArticleKind.NEWS, "en");
            long articleId = db.articles().store(outlet.id(), draft, time).articleId();
            db.stories().assign(articleId, storyId, time);
            for (int i = 0; i < facts.size(); i++) {
                credits.get(i).add(new SourceRef(articleId, outlet.id(), outlet.name(), url, facts.get(i),
                        null, null, List.of()));
            }
            if (titleSource == null) {
                titleSource = new SourceRef(articleId, outlet.id(), outlet.name(), url);
            }
            Outlet rated = db.outlets().find(outlet.id()).orElseThrow();
            covering.add(new Coverage.CoveringOutlet(outlet.id(), outlet.name(), rated.side(), 1));
        }
        List<Fact> brief = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            brief.add(new Fact(facts.get(i), credits.get(i)));
        }
        db.briefs().save(new Brief(storyId, title, topic, brief, List.of(), null, null, new Coverage(covering), time,
                        titleSource), db.stories().version(storyId).orElseThrow(), StoryStatus.PUBLISHED);
    }

    private static String filler(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; words(out.toString()) < words; i++) {
            out.append(FILLER.get(i % FILLER.size())).append(' ');
        }
        return out.toString().strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
