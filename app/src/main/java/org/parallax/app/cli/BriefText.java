package org.parallax.app.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parallax.core.forecast.ForecastWording;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Coverage;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.SourceRef;

/**
 * A brief as plain text, in the layout of the Improve The News example: title, fact bullets each
 * ending with its outlets, the two narratives headed by their side ("Left narrative:", "Right
 * narrative:", or "Pro-establishment narrative:", "Establishment-critical narrative:", in the slot
 * of the example's "Narrative A:" / "Narrative B:") with their outlet on its own line, "Nerd
 * narrative:" with the market's name, the date of the probability and the question's address,
 * then the coverage by side and any blindspot.
 */
public final class BriefText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private BriefText() {
    }

    public static String render(Brief brief) {
        StringBuilder out = new StringBuilder();
        out.append(brief.title()).append("\n\n");
        if (brief.facts().isEmpty()) {
            out.append(brief.narratives().isEmpty() ? "No news report covers this story yet.\n"
                    : "No news report covers this story yet: only the arguments below.\n");
        }
        for (Fact fact : brief.facts()) {
            out.append("- ").append(fact.text()).append(' ').append(outlets(fact)).append('\n');
        }
        for (Narrative narrative : brief.narratives()) {
            out.append(narrative.label()).append(":\n")
                    .append("- ").append(narrative.text()).append('\n')
                    .append(narrative.source().outletName()).append('\n');
        }
        if (brief.narratives().isEmpty() && brief.missingView() != null) {
            out.append(brief.missingView()).append('\n');
        }
        if (brief.forecast() != null) {
            var forecast = brief.forecast();
            out.append("Nerd narrative:\n")
                    .append("- ").append(ForecastWording.sentence(forecast)).append('\n')
                    .append(forecast.provider()).append(", as of ").append(DAY.format(forecast.asOf())).append(": ")
                    .append(forecast.url()).append('\n');
        }
        out.append('\n').append(coverage(brief.coverage())).append('\n');
        return out.toString();
    }

    private static String outlets(Fact fact) {
        return fact.sources().stream().map(SourceRef::outletName).distinct().collect(Collectors.joining(", "));
    }

    private static String coverage(Coverage coverage) {
        String counts = coverage.countsBySide().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        int outlets = coverage.outlets().size();
        String line = "Coverage: " + outlets + (outlets == 1 ? " outlet (" : " outlets (") + counts + ")";
        return coverage.blindspotNote().map(note -> line + ". " + note).orElse(line);
    }
}
