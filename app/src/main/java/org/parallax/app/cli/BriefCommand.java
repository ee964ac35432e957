package org.parallax.app.cli;

import org.parallax.app.wiring.Databases;
import org.parallax.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "brief", description = "Print the brief of a story as plain text.")
public final class BriefCommand extends DataCommand {
    @Parameters(paramLabel = "STORY_ID", description = "The story's number, as in /stories/{id}.")
    long storyId;

    @Override
    public Integer call() {
        try (Database db = Databases.readOnly(config())) {
            var brief = db.briefs().find(storyId);
            if (brief.isEmpty()) {
                System.err.println("parallax: story " + storyId + " does not exist or has no brief yet");
                return 1;
            }
            System.out.print(BriefText.render(brief.get()));
            return 0;
        }
    }
}
