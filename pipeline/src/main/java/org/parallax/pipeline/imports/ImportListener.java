package org.parallax.pipeline.imports;

/** Hears what an import does, for the command line to show. */
public interface ImportListener {
    void progress(ImportProgress progress);

    void skipped(String location, String reason);
}
