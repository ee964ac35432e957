package org.parallax.app.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;

import org.parallax.app.wiring.Parallax;
import org.parallax.app.config.ParallaxConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stories", description = "List published stories, newest first: id, outlets, topic, title.")
public final class StoriesCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--limit", defaultValue = "30", description = "How many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        ParallaxConfig config = ParallaxConfig.from(System.getenv(), data.dataDir, null, null);
        try (Parallax parallax = Parallax.open(config, InstantSource.system())) {
            for (var story : parallax.db().stories().latest(limit, 0)) {
                System.out.printf("%6d  %2d outlets  %-12s  %s%n", story.id(), story.outletCount(),
                        story.topic().label(), story.title());
            }
            return 0;
        }
    }
}
