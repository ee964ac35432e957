package org.parallax.app.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parallax.app.wiring.Databases;
import org.parallax.core.brief.AttributionSettings;
import org.parallax.core.brief.BriefAudit;
import org.parallax.core.model.Article;
import org.parallax.core.model.Brief;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax audit briefs}: per story, what an editor should look at. Opens the database read-only. */
@Command(name = "briefs", mixinStandardHelpOptions = true, description = {
        "For each story with a brief (or one story): the credits the claim matcher doubts (score just above its",
        "threshold), defective facts (section label, fragment, question, dangling opener, boilerplate,",
        "near-duplicate), thin stories (fewer than 2 outlets or 3 facts) and credits that fail the lenient check",
        "(no passage of the credited article carries all the fact's figures and half its content words).",
        "Only stories with something to fix are listed. Last line:",
        "audit: stories=N thin=N facts=N defective=N credits=N doubtful=N lenient_holds=S multi_credit_facts=S"})
public final class AuditBriefsCommand extends DataCommand {
    @Option(names = "--story", paramLabel = "ID", description = "Audit this story only.")
    Long story;

    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            List<Long> ids = story != null ? List.of(story)
                    : db.stories().latest(Integer.MAX_VALUE, 0).stream().map(s -> s.id()).toList();
            return audit(db, ids, System.out);
        }
    }

    static int audit(Database db, List<Long> ids, PrintStream out) {
        BriefAudit audit = new BriefAudit(AttributionSettings.defaults());
        Totals totals = Totals.NONE;
        for (long id : ids) {
            var found = db.briefs().find(id);
            if (found.isEmpty()) {
                if (ids.size() == 1) {
                    System.err.println("parallax: story " + id + " does not exist or has no brief yet");
                    return 1;
                }
                continue;
            }
            Brief brief = found.get();
            Map<Long, String> texts = new HashMap<>();
            for (Article a : db.articles().ofStory(id)) {
                texts.put(a.id(), a.text());
            }
            BriefAudit.Report report = audit.audit(brief, texts, brief.coverage().outlets().size());
            totals = totals.plus(report);
            if (report.clean()) {
                continue;
            }
            out.printf("story %d: %s%n", id, brief.title());
            if (!report.thin().isEmpty()) {
                out.println("  thin: " + String.join(", ", report.thin()));
            }
            for (var d : report.defects()) {
                out.println("  defective fact (" + d.reason() + "): " + d.fact().text());
            }
            for (var d : report.doubts()) {
                out.printf(Locale.ROOT, "  doubtful credit: %s (score %.3f) for \"%s\"%n    their sentence: %s%n",
                        d.credit().label(), d.credit().score(), d.fact().text(), d.credit().sentence());
            }
            for (String f : report.failing()) {
                out.println("  credit failing the lenient check: " + f);
            }
        }
        out.println(totals.line());
        return 0;
    }

    /** The audit's figures over the stories read so far; {@code holding} credits pass the lenient check. */
    record Totals(int stories, int thin, int facts, int defective, int credits, int holding, int doubtful, int multi) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0);

        Totals plus(BriefAudit.Report report) {
            return new Totals(stories + 1, thin + (report.thin().isEmpty() ? 0 : 1), facts + report.facts(),
                    defective + report.defects().size(), credits + report.credits(), holding + report.holding(),
                    doubtful + report.doubts().size(), multi + report.multiCredited());
        }

        /** The last line of {@code parallax audit briefs}. */
        String line() {
            return String.format(Locale.ROOT, "audit: stories=%d thin=%d facts=%d defective=%d credits=%d doubtful=%d"
                            + " lenient_holds=%.3f multi_credit_facts=%.3f", stories, thin, facts, defective, credits,
                    doubtful, credits == 0 ? 1.0 : (double) holding / credits, facts == 0 ? 0.0 : (double) multi / facts);
        }
    }
}
