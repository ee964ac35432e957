/**
 * Reading import files (JSON Lines, WARC) into article drafts: {@link org.parallax.ingest.imports.ImportSources}
 * opens a file as an {@link org.parallax.ingest.imports.ImportSource} of {@link org.parallax.ingest.imports.ImportItem}s.
 * The formats are described in ingest/IMPORT-FORMAT.md.
 */
package org.parallax.ingest.imports;
