package org.parallax.core.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.core.model.Axis;
import org.parallax.core.model.NarrativeSide;
import org.parallax.core.model.Outlet;

/**
 * Decides along which axis a story's narratives oppose each other, from the ratings of the outlets
 * whose pieces can speak for a side ({@link Voice}s).
 *
 * <p>On each axis ({@link Axis#LEFT_RIGHT}, {@link Axis#ESTABLISHMENT}) a voice is on a side when its
 * outlet is rated at least {@code 0.33} from zero on that axis. A side's camp is its opinion and
 * analysis pieces, or, when it has none, its news reports' argumentative passages. An axis is
 * <em>contested</em> when both of its sides have a camp; its <em>gap</em> is the mean rating of
 * the positive side's outlets minus that of the negative side's (each outlet counted once): how
 * far apart the two sides that would be shown stand.
 *
 * <p>The rule, in order: only a contested axis can carry narratives; an axis whose two camps are
 * both opinion or analysis pieces beats one that needs a news passage (argument written as such
 * is the better witness of a side's view); then the axis of the wider gap, where the establishment
 * axis must be wider by {@code establishmentMargin} to win (left vs right on ties).
 */
final class AxisChooser {

    /** The voices of one side of an axis, best first; empty when the side is silent. */
    record Camp(NarrativeSide side, List<Voice> voices) {
        Camp {
            voices = List.copyOf(voices);
        }

        boolean isSilent() {
            return voices.isEmpty();
        }

        boolean ofArgumentPieces() {
            return !voices.isEmpty() && voices.getFirst().isArgumentPiece();
        }

        Voice best() {
            return voices.getFirst();
        }

        /** Mean rating on the side's axis of the distinct outlets of the camp. */
        double meanRating() {
            Map<Long, Outlet> outlets = new LinkedHashMap<>();
            voices.forEach(v -> outlets.putIfAbsent(v.outlet().id(), v.outlet()));
            return outlets.values().stream().mapToDouble(o -> side.axis().ratingOf(o).score()).average().orElse(0);
        }
    }

    /** How one axis divides the voices. */
    record Reading(Axis axis, Camp negative, Camp positive) {
        boolean contested() {
            return !negative.isSilent() && !positive.isSilent();
        }

        boolean heard() {
            return !negative.isSilent() || !positive.isSilent();
        }

        int campsOfArgumentPieces() {
            return (negative.ofArgumentPieces() ? 1 : 0) + (positive.ofArgumentPieces() ? 1 : 0);
        }

        double gap() {
            return positive.meanRating() - negative.meanRating();
        }
    }

    private final double establishmentMargin;

    AxisChooser(double establishmentMargin) {
        this.establishmentMargin = establishmentMargin;
    }

    Reading read(Axis axis, List<Voice> voices) {
        return new Reading(axis, camp(axis.negative(), voices), camp(axis.positive(), voices));
    }

    /** The contested axis the narratives follow, or empty when no axis has a voice on both sides. */
    Optional<Reading> choose(List<Voice> voices) {
        Reading leftRight = read(Axis.LEFT_RIGHT, voices);
        Reading establishment = read(Axis.ESTABLISHMENT, voices);
        if (!establishment.contested()) {
            return leftRight.contested() ? Optional.of(leftRight) : Optional.empty();
        }
        if (!leftRight.contested()) {
            return Optional.of(establishment);
        }
        int byKind = Integer.compare(establishment.campsOfArgumentPieces(), leftRight.campsOfArgumentPieces());
        if (byKind != 0) {
            return Optional.of(byKind > 0 ? establishment : leftRight);
        }
        return Optional.of(establishment.gap() >= leftRight.gap() + establishmentMargin ? establishment : leftRight);
    }

    private static Camp camp(NarrativeSide side, List<Voice> voices) {
        List<Voice> onSide = voices.stream()
                .filter(v -> side.axis().sideOf(v.outlet()).filter(side::equals).isPresent())
                .toList();
        List<Voice> arguments = onSide.stream().filter(Voice::isArgumentPiece).toList();
        List<Voice> camp = arguments.isEmpty() ? onSide : arguments;
        return new Camp(side, camp.stream().sorted(Voice.PREFERRED).toList());
    }
}
