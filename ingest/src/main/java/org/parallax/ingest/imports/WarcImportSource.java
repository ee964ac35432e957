package org.parallax.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (plain or gzip-compressed) record by record. Response records become items
 * (articles, or skipped pages with the reason); other records (requests, metadata, warcinfo) are
 * passed over. A file cut short or damaged ends with one skipped item saying so.
 */
final class WarcImportSource extends FileImportSource {
    private final CountingInputStream counted;
    private final WarcPages pages = new WarcPages();
    private WarcReader reader;
    private long recordNumber;
    private boolean ended;

    WarcImportSource(Path file, CountingInputStream counted, long size) {
        super(file, counted, size);
        this.counted = counted;
    }

    @Override
    public Optional<ImportItem> next() throws IOException {
        while (!ended) {
            Optional<WarcRecord> record;
            try {
                if (reader == null) {
                    reader = new WarcReader(counted);
                }
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                // jwarc reports bad framing as IOException or, for bad header values, as runtime exceptions.
                return Optional.of(stop(location(recordNumber + 1, null), e));
            }
            if (record.isEmpty()) {
                ended = true;
                return Optional.empty();
            }
            recordNumber++;
            if (record.get() instanceof WarcResponse response) {
                String location = location(recordNumber, response.target());
                WarcPages.Page page;
                try {
                    page = pages.read(response);
                } catch (IOException | RuntimeException e) {
                    return Optional.of(stop(location, e));
                }
                return Optional.of(switch (page) {
                    case WarcPages.Html html -> pages.item(location, html);
                    case WarcPages.NotAnArticle(String reason) -> new ImportItem.Skipped(location, reason);
                });
            }
        }
        return Optional.empty();
    }

    private ImportItem stop(String location, Exception e) {
        ended = true;
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportItem.Skipped(location, "the WARC file is truncated or corrupt (" + detail + "); reading stopped");
    }

    private String location(long number, String target) {
        return fileName + " record " + number + (target == null || target.isBlank() ? "" : " (" + target + ")");
    }

    @Override
    void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
