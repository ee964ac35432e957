package org.parallax.app.cli;

import org.parallax.app.wiring.Databases;
import org.parallax.core.publish.StoryStatus;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", description = "List published stories (or, with --developing, the developing ones), "
        + "newest first: id, outlets, topic, title.")
public final class StoriesCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "30", description = "How many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--developing", description = "List developing stories: fewer than two independent outlets "
            + "or three facts (see docs/BRIEFS.md).")
    boolean developing;

    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            for (var story : db.stories().latest(developing ? StoryStatus.DEVELOPING : StoryStatus.PUBLISHED, limit, 0)) {
                System.out.printf("%6d  %2d outlets  %-12s  %s%n", story.id(), story.outletCount(),
                        story.topic().label(), story.title());
            }
            return 0;
        }
    }
}
