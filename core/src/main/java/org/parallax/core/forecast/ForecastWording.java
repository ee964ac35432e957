package org.parallax.core.forecast;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.core.model.Forecast;

/**
 * The nerd narrative's sentence, in the example brief's words: "There's a 10% chance that there will
 * be a bilateral cease-fire ... before 2024, according to the Metaculus prediction community." The
 * question is restated as a clause only in the one form where that is mechanical and faithful
 * ("Will SUBJECT be/have ...?" becomes "SUBJECT will be/have ..."); any other question is quoted as
 * the market asks it, so the probability stays traceable to the market's own words.
 */
public final class ForecastWording {

    /** "Will" + a short subject + "be" or "have" + the rest, one question mark at the end. */
    private static final Pattern WILL_BE = Pattern.compile("Will ([^,;:?\"“”()]+?) (be|have) ([^?\"“”]+)\\?");
    private static final int MAX_SUBJECT_WORDS = 8;
    /** Words in a subject that mean the split is wrong or the question is about the reader. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("will", "be", "have", "if", "or", "and", "i", "you",
            "we", "my", "your", "our", "not", "whether", "when", "who", "what", "which");

    private ForecastWording() {
    }

    /** The question as a clause that follows "chance that", or null when it must be quoted. */
    public static String proposition(String question) {
        String q = question.strip();
        Matcher m = WILL_BE.matcher(q);
        if (!m.matches()) {
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

    /** The sentence shown under "Nerd narrative:". */
    public static String sentence(Forecast forecast) {
        String chance = "There's " + article(forecast.probability()) + " " + percent(forecast.probability()) + " chance";
        String what = forecast.proposition() != null
                ? " that " + forecast.proposition()
                : " of \"" + forecast.question().strip() + "\"";
        return chance + what + ", according to " + attribution(forecast) + ".";
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
