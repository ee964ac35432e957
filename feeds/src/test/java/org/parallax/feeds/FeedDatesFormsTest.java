package org.parallax.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * Every date form of {@code date-forms.tsv} (RFC 822 and its variants, W3C-DTF and partial forms,
 * ISO 8601 basic, ordinal and two-digit forms, asctime, Perforce, dotted times, US, European and
 * military zones, Greek, Hungarian, Korean and other month names, and texts that name no date) is
 * read as the file says. Prints the pass rate, then fails on any miss.
 */
class FeedDatesFormsTest {

    private record Form(String name, String text, Instant expected) {
    }

    @Test
    void everyFormIsReadAsTheFileSays() throws IOException {
        List<Form> forms = forms();
        List<String> misses = new ArrayList<>();
        for (Form form : forms) {
            Instant actual = FeedDates.parse(form.text());
            if (!Objects.equals(actual, form.expected())) {
                misses.add(form.name() + " [" + form.text() + "]: expected " + (form.expected() == null ? "none"
                        : form.expected()) + ", got " + (actual == null ? "none" : actual));
            }
        }
        System.out.printf("date forms: %d of %d read right (%.1f%%)%n", forms.size() - misses.size(), forms.size(),
                100.0 * (forms.size() - misses.size()) / forms.size());
        misses.forEach(miss -> System.out.println("  " + miss));
        assertThat(forms).hasSizeGreaterThan(100);
        assertThat(misses).isEmpty();
    }

    static List<Form> forms() throws IOException {
        List<Form> forms = new ArrayList<>();
        try (InputStream in = FeedDatesFormsTest.class.getResourceAsStream("date-forms.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                forms.add(new Form(parts[0], parts[1], parts[2].equals("none") ? null : Instant.parse(parts[2])));
            }
        }
        return forms;
    }
}
