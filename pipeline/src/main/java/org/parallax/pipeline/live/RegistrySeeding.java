package org.parallax.pipeline.live;

import java.time.InstantSource;

import org.parallax.ingest.outlets.RegistryFile;
import org.parallax.store.Database;
import org.parallax.store.OutletRegistryRepository.SeedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the built-in outlet registry to a database: on its first start every outlet, later only
 * outlets added to the registry since (each entry is applied once; users' changes stay).
 */
public final class RegistrySeeding {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySeeding.class);

    private RegistrySeeding() {
    }

    public static SeedReport seed(Database db, InstantSource clock) {
        RegistryFile.Contents registry = RegistryFile.builtIn();
        registry.problems().forEach(problem -> LOG.warn("outlet registry: {}", problem));
        SeedReport report = db.registry().seed(registry.outlets(), clock.instant());
        if (report.created() + report.completed() > 0) {
            LOG.info("outlet registry: {} outlets added, {} completed", report.created(), report.completed());
        }
        return report;
    }
}
