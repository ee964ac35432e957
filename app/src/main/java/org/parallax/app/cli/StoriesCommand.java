package org.parallax.app.cli;

import org.parallax.app.wiring.Databases;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", description = "List published stories, newest first: id, outlets, topic, title.")
public final class StoriesCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "30", description = "How many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            for (var story : db.stories().latest(limit, 0)) {
                System.out.printf("%6d  %2d outlets  %-12s  %s%n", story.id(), story.outletCount(),
                        story.topic().label(), story.title());
            }
            return 0;
        }
    }
}
