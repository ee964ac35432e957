package org.parallax.ingest.imports;

import java.util.Objects;
import org.parallax.core.model.ArticleDraft;

/** One unit read from an import file: a parsed article or a skipped one with the reason. */
public sealed interface ImportItem permits ImportItem.Parsed, ImportItem.Skipped {
    /**
     * Where in the file the item came from, for people: "file.jsonl line 17",
     * "file.jsonl line 17 article 2", "file.warc.gz record 12 (https://...)".
     */
    String location();

    record Parsed(String location, ArticleDraft draft) implements ImportItem {
        public Parsed {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** @param reason a sentence fragment saying what was wrong, e.g. "missing required field \"title\"" */
    record Skipped(String location, String reason) implements ImportItem {
        public Skipped {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
