package org.parallax.core.forecast;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.core.model.Forecast;

/**
 * The nerd narrative's sentence, in plain words and dated: "Metaculus gives a 37% chance that Russia
 * will withdraw from Kherson before 2027, as of 1 Mar 2026." The question is restated as a statement
 * only where that is mechanical and faithful: "Will SUBJECT be/have ...?" becomes "SUBJECT will
 * be/have ...", "Will there be ...?" becomes "there will be ...", and "Will NAME VERB ...?" (a
 * capitalised name, optionally after "the", then a lower-case verb) becomes "NAME will VERB ...";
 * any other question is quoted as the market asks it, so the probability stays traceable to the
 * market's own words.
 */
public final class ForecastWording {

    /** "Will" + a short subject + "be" or "have" + the rest, one question mark at the end. */
    private static final Pattern WILL_BE = Pattern.compile("Will ([^,;:?\"“”()]+?) (be|have) ([^?\"“”]+)\\?");
    /** "Will there be ...?" */
    private static final Pattern WILL_THERE = Pattern.compile("Will there (be|have been) ([^?\"“”]+)\\?");
    /** "Will" + an optional "the" + a capitalised name (with "of", "for", "'s") + a lower-case verb + the rest. */
    private static final Pattern WILL_NAME = Pattern.compile(
            "Will ((?:the )?(?:[A-Z0-9][\\p{L}0-9.&'’-]*)(?: (?:of|for|de|[A-Z0-9][\\p{L}0-9.&'’-]*))*) "
                    + "([a-z][a-z-]+) ([^?\"“”]+)\\?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SUBJECT_WORDS = 8;
    /** Words in a subject that mean the split is wrong or the question is about the reader. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("will", "be", "have", "if", "or", "and", "i", "you",
            "we", "my", "your", "our", "not", "whether", "when", "who", "what", "which");

    private ForecastWording() {
    }

    /** The question as a clause that follows "chance that", or null when it must be quoted. */
    public static String proposition(String question) {
        String q = question.strip();
        Matcher there = WILL_THERE.matcher(q);
        if (there.matches()) {
            return "there will " + there.group(1) + " " + there.group(2).strip();
        }
        Matcher m = WILL_BE.matcher(q);
        if (!m.matches()) {
            Matcher named = WILL_NAME.matcher(q);
            if (named.matches() && named.group(1).split("\\s+").length <= MAX_SUBJECT_WORDS
                    && !NOT_IN_SUBJECT.contains(named.group(2))) {
                return named.group(1) + " will " + named.group(2) + " " + named.group(3).strip();
            }
            return null;
        }
        String subject = m.group(1).strip();
        String[] words = subject.split("\\s+");
        if (words.length > MAX_SUBJECT_WORDS || !Character.isLetterOrDigit(subject.charAt(0))) {
            return null;
        }
        for (String word : words) {
            if (NOT_IN_SUBJECT.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return subject + " will " + m.group(2) + " " + m.group(3).strip();
    }

    /**
     * The sentence shown under "Nerd narrative:": "Metaculus gives a 37% chance that X will ..., as of
     * 1 Mar 2026." (the question quoted when it cannot be restated: "Kalshi gives a 62% chance to
     * \"Will ...?\", as of ...").
     */
    public static String sentence(Forecast forecast) {
        String chance = market(forecast) + " gives " + article(forecast.probability()) + " "
                + percent(forecast.probability()) + " chance";
        String what = forecast.proposition() != null
                ? " that " + forecast.proposition()
                : " to \"" + forecast.question().strip() + "\"";
        String asOf = forecast.asOf() == null ? "" : ", as of " + DAY.format(forecast.asOf());
        return chance + what + asOf + ".";
    }

    /** The market by name, "Metaculus", "Manifold (play money)". */
    public static String market(Forecast forecast) {
        String name = MarketSource.parse(forecast.provider()).map(MarketSource::label).orElse(forecast.provider());
        return forecast.playMoney() ? name + " (play money)" : name;
    }

    /** Who the probability is according to: "the Metaculus prediction community", "Manifold (play money)". */
    public static String attribution(Forecast forecast) {
        String who = MarketSource.parse(forecast.provider()).map(MarketSource::attribution).orElse(forecast.provider());
        return forecast.playMoney() ? who + " (play money)" : who;
    }

    /** "10%", or "less than 1%" / "more than 99%" where rounding would say 0% or 100%. */
    public static String percent(double probability) {
        long rounded = Math.round(probability * 100);
        if (rounded < 1) {
            return "less than 1%";
        }
        if (rounded > 99) {
            return "more than 99%";
        }
        return rounded + "%";
    }

    /** "an" before 8, 11, 18 and 80-89 ("an 80% chance"), else "a". */
    private static String article(double probability) {
        long rounded = Math.round(probability * 100);
        boolean vowelSound = rounded >= 1 && rounded <= 99
                && (rounded == 8 || rounded == 11 || rounded == 18 || (rounded >= 80 && rounded <= 89));
        return vowelSound ? "an" : "a";
    }
}
