package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parallax.core.model.Axis;
import org.parallax.core.model.Narrative;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.SentenceSplitter;

/**
 * Picks a story's two opposing narratives along the axis where its outlets disagree most.
 *
 * <p>Voices: every opinion and analysis piece with an opening argument ({@link ArgumentPassages});
 * and, for a side (of either axis) that has no such piece, the news reports of that side's outlets
 * that contain an argumentative passage. {@link AxisChooser} then decides the axis, left vs right or
 * establishment vs critical, and each side's best voice. The narratives are the negative side's
 * (left, establishment-critical) then the positive side's (right, pro-establishment), each labelled
 * with its side ({@link NarrativeSide#heading()}).
 *
 * <p>Narratives are shown only in pairs that really oppose ({@link NarrativeOpposition}: the same
 * question, different positions): of each side's three best voices, the first pair that does, in the
 * sides' order of preference. When the two sides speak but no pair opposes, there are no narratives
 * and {@code missingView} says so ({@link #notOpposed}): never false balance.
 *
 * <p>Narratives are shown only in pairs. Without a pair, {@code missingView} says which side is
 * silent, on the left-right axis when it has a voice, else on the establishment axis: "No argument
 * from the right covers this story yet, only from the left."; with no voice on either side of
 * either axis: {@link #MISSING_BOTH}. It is never null when the narratives are empty, so a page can
 * always say why there are none.
 */
public final class NarrativeSelector {

    /** How many of each side's best voices are tried in pairs for an opposition. */
    static final int PAIRED_VOICES = 3;

    public static final String MISSING_BOTH = "No argument from the left or the right covers this story yet.";

    /** The narratives of a brief, or none and why. */
    public record Choice(List<Narrative> narratives, String missingView) {
        public Choice {
            narratives = List.copyOf(narratives);
        }
    }

    private final NarrativeSettings settings;
    private final SentenceSplitter splitter;
    private final ArgumentPassages passages;
    private final AxisChooser axes;

    public NarrativeSelector(NarrativeSettings settings, SentenceSplitter splitter, ArgumentScorer scorer) {
        this.settings = settings;
        this.splitter = splitter;
        this.passages = new ArgumentPassages(settings, splitter, scorer);
        this.axes = new AxisChooser(settings.establishmentMargin());
    }

    public NarrativeSelector() {
        this(NarrativeSettings.defaults(), new SentenceSplitter(), ArgumentScorer.cues());
    }

    /** The message for a story where only {@code heard} has a voice on its axis. */
    public static String missing(NarrativeSide heard) {
        return "No argument from " + heard.opposite().who() + " covers this story yet, only from " + heard.who() + ".";
    }

    public Choice select(List<SourcedArticle> articles) {
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        Centrality centrality = new Centrality(ordered, splitter);
        List<Voice> voices = new ArrayList<>();
        for (SourcedArticle piece : ordered) {
            if (piece.article().kind().isArgument()) {
                passages.opening(piece.article().text()).ifPresent(p -> voices.add(new Voice(piece, p, centrality.of(piece))));
            }
        }
        for (SourcedArticle report : reportsOfSidesWithoutArgument(ordered, voices)) {
            passages.inReport(report.article().text()).ifPresent(p -> voices.add(new Voice(report, p, centrality.of(report))));
        }
        Optional<AxisChooser.Reading> chosen = axes.choose(voices);
        if (chosen.isPresent()) {
            AxisChooser.Reading reading = chosen.get();
            Optional<Voice[]> pair = opposedPair(reading);
            if (pair.isEmpty()) {
                return new Choice(List.of(), notOpposed(reading.negative().side(), reading.positive().side()));
            }
            return new Choice(List.of(narrative(reading.negative().side(), pair.get()[0]),
                    narrative(reading.positive().side(), pair.get()[1])), null);
        }
        return new Choice(List.of(), missingView(voices));
    }

    /**
     * The news reports worth reading for argument: those of outlets on a side, of either axis, that
     * has no opinion or analysis voice; at most {@code maxReports}, round-robin across outlets.
     */
    private List<SourcedArticle> reportsOfSidesWithoutArgument(List<SourcedArticle> ordered, List<Voice> arguments) {
        Set<NarrativeSide> argued = new HashSet<>();
        for (Voice v : arguments) {
            for (Axis axis : Axis.values()) {
                axis.sideOf(v.outlet()).ifPresent(argued::add);
            }
        }
        List<SourcedArticle> reports = ordered.stream()
                .filter(a -> !a.article().kind().isArgument())
                .filter(a -> Arrays.stream(Axis.values())
                        .anyMatch(axis -> axis.sideOf(a.outlet()).filter(s -> !argued.contains(s)).isPresent()))
                .toList();
        return ArticlePool.roundRobin(reports, settings.maxReports());
    }

    /** What a brief says when both sides speak but do not oppose each other. */
    public static String notOpposed(NarrativeSide negative, NarrativeSide positive) {
        return "Both " + negative.who() + " and " + positive.who() + " cover this story, but their "
                + "arguments do not take opposing positions on the same question, so no opposing narratives are shown.";
    }

    /** The first pair of the camps' best voices that really oppose, negative side first. */
    private static Optional<Voice[]> opposedPair(AxisChooser.Reading reading) {
        List<Voice> negative = reading.negative().voices();
        List<Voice> positive = reading.positive().voices();
        for (int i = 0; i < Math.min(PAIRED_VOICES, negative.size()); i++) {
            for (int j = 0; j < Math.min(PAIRED_VOICES, positive.size()); j++) {
                Voice a = negative.get(i);
                Voice b = positive.get(j);
                if (NarrativeOpposition.opposed(a.passage().text(), a.piece().article().title(), b.passage().text(),
                        b.piece().article().title())) {
                    return Optional.of(new Voice[] {a, b});
                }
            }
        }
        return Optional.empty();
    }

    private static Narrative narrative(NarrativeSide side, Voice voice) {
        return Narrative.of(side, voice.piece().article().kind(), voice.passage().text(), voice.piece().ref());
    }

    private String missingView(List<Voice> voices) {
        for (Axis axis : Axis.values()) {
            AxisChooser.Reading reading = axes.read(axis, voices);
            if (reading.heard()) {
                return missing(reading.negative().isSilent() ? reading.positive().side() : reading.negative().side());
            }
        }
        return MISSING_BOTH;
    }
}
