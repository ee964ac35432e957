package org.parallax.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.imports.ImportTestFiles.readAll;
import static org.parallax.ingest.imports.ImportTestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourcesTest {
    @TempDir
    Path dir;

    @Test
    void refusesMissingFilesDirectoriesAndUnknownTypes() throws IOException {
        assertThatThrownBy(() -> ImportSources.open(dir.resolve("missing.jsonl")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("No such file: ");
        Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));
        assertThatThrownBy(() -> ImportSources.open(folder))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Not a regular file: ");
        Path csv = write(dir, "articles.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ImportSources.open(csv)).isInstanceOf(IOException.class).hasMessage(
                "Unknown import file type: articles.csv (expected .jsonl, .ndjson, .jsonl.gz, .ndjson.gz, .warc or .warc.gz)");
    }

    @Test
    void refusesGzNameWithoutGzipContent() throws IOException {
        Path fake = write(dir, "fake.jsonl.gz", "{}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ImportSources.open(fake))
                .isInstanceOf(IOException.class).hasMessage("fake.jsonl.gz is named .gz but is not gzip-compressed");
    }

    @Test
    void typeIsChosenByNameCaseInsensitively() throws IOException {
        assertThat(ImportFileType.of(Path.of("A.JSONL"))).contains(ImportFileType.JSONL);
        assertThat(ImportFileType.of(Path.of("a.ndjson.gz"))).contains(ImportFileType.JSONL_GZIP);
        assertThat(ImportFileType.of(Path.of("x/crawl.warc.gz"))).contains(ImportFileType.WARC);
        assertThat(ImportFileType.of(Path.of("a.json"))).isEmpty();
        assertThat(readAll(write(dir, "empty.jsonl.gz", new byte[0]))).isEmpty();
    }
}
