package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.app.cli.BriefText;
import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.ParallaxConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "brief", description = "Print the brief of a story as plain text.")
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "STORY_ID", description = "The story's number, as in /stories/{id}.")
    long storyId;

    @Override
    public Integer call() {
        ParallaxConfig config = ParallaxConfig.from(System.getenv(), data.dataDir, null, null);
        try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
            var brief = parallax.db().briefs().find(storyId);
            if (brief.isEmpty()) {
                System.err.println("parallax: story " + storyId + " does not exist or has no brief yet");
                return 1;
            }
            System.out.print(BriefText.render(brief.get()));
            return 0;
        }
    }
}
