package org.parallax.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses the language of article text, for pages that do not declare one or declare the wrong
 * one (a CMS's default "en"). Scripts with a language of their own (Greek, Hebrew, Hangul, Thai,
 * kana) decide at once; Latin-script text is told by its most frequent function words.
 * Cyrillic, Arabic-script and Han text are told apart by a few letters of their own.
 */
public final class LanguageGuess {
    /** Enough to tell, and bounded work on long articles. */
    private static final int MAX_CHARS = 3000;
    private static final int MIN_LETTERS = 40;
    private static final int LONGEST_FUNCTION_WORD = 8;
    private static final int MIN_HITS = 5;
    private static final double MIN_MARGIN = 1.5;
    private static final int MIN_HITS_TO_OVERRULE = 12;
    private static final double MIN_MARGIN_TO_OVERRULE = 3;

    /** Each function word with the languages it belongs to. */
    private static final Map<String, List<String>> FUNCTION_WORDS = new HashMap<>();

    static {
        words("en", "the and of to is that for it with was on are be this by have from at not but they he his"
                + " which were been has had will would their who");
        words("de", "der die und das ist nicht ein eine zu den mit sich des auf für dem von auch im wird sind wurde"
                + " bei nach aus noch wie über einen oder");
        words("fr", "le la les et des est une du que qui dans pour pas sur au avec ce il elle sont par plus ont été"
                + " mais cette aux leur");
        words("es", "el la los las y que en una es por con para del se no al lo como más pero sus su fue está son"
                + " este ha muy");
        words("it", "il la di che è una per non del della con sono le gli da nel alla anche si ha come più ma"
                + " questo dei delle");
        words("pt", "o os as de que do da em um uma para com não no na por se dos das mais mas foi ao é são ele"
                + " ela também");
        words("nl", "de het een en van is dat op te niet met zijn voor er aan ook als maar bij door wordt werd naar"
                + " nog heeft dit deze");
        words("sv", "och att det som en på är av för med till den inte har om ett de var men från vid så kan sig"
                + " när");
        words("pl", "i w na nie się z do to że jest o jak po ale za od co tak przez dla jego już są był");
        words("tr", "ve bir bu da de için ile çok ne gibi daha olarak olan ama kadar sonra en her değil");
    }

    private LanguageGuess() {
    }

    private static void words(String language, String words) {
        for (String word : words.split(" ")) {
            FUNCTION_WORDS.computeIfAbsent(word, w -> new ArrayList<>()).add(language);
        }
    }

    /** The language's ISO 639-1 code, or empty when the text is too short or unclear. */
    public static Optional<String> of(String text) {
        return guess(text, MIN_HITS, MIN_MARGIN);
    }

    /**
     * The language of a page: the declared one (a BCP 47 tag, or null), unless the text clearly
     * says otherwise, by its script or by many more function words of another language.
     */
    public static String settle(String declared, String text) {
        if (declared == null) {
            return of(text).orElse(null);
        }
        String primary = declared.split("-", 2)[0].toLowerCase(Locale.ROOT);
        Optional<String> clear = guess(text, MIN_HITS_TO_OVERRULE, MIN_MARGIN_TO_OVERRULE);
        return clear.isPresent() && !clear.get().equals(primary) ? clear.get() : declared;
    }

    private static Optional<String> guess(String text, int minHits, double minMargin) {
        if (text == null) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Optional<String> byScript = byScript(sample);
        return byScript.isPresent() ? byScript : byFunctionWords(sample, minHits, minMargin);
    }

    private static Optional<String> byScript(String text) {
        int letters = 0;
        int latin = 0;
        int han = 0;
        Map<String, Integer> scripts = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> scripts.merge("ja", 1, Integer::sum);
                case HANGUL -> scripts.merge("ko", 1, Integer::sum);
                case GREEK -> scripts.merge("el", 1, Integer::sum);
                case HEBREW -> scripts.merge("he", 1, Integer::sum);
                case THAI -> scripts.merge("th", 1, Integer::sum);
                case DEVANAGARI -> scripts.merge("hi", 1, Integer::sum);
                case CYRILLIC -> scripts.merge(cyrillic(c), 1, Integer::sum);
                case ARABIC -> scripts.merge(arabic(c), 1, Integer::sum);
                default -> { }
            }
        }
        if (letters < MIN_LETTERS / 2 || latin * 2 > letters) {
            return Optional.empty();
        }
        int kana = scripts.getOrDefault("ja", 0);
        if (kana > 0 && kana * 10 > han) {
            return Optional.of("ja"); // Japanese mixes kana into Han; Chinese is Han alone
        }
        if (han * 2 > letters) {
            return Optional.of("zh");
        }
        // A letter of its own, in any amount, decides between the languages of one script.
        for (String own : new String[] {"uk", "fa"}) {
            if (scripts.containsKey(own)) {
                return Optional.of(own);
            }
        }
        for (Map.Entry<String, Integer> entry : scripts.entrySet()) {
            if (entry.getValue() * 2 > letters) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Ukrainian has і, ї, є and ґ; Russian and the rest count as Russian. */
    private static String cyrillic(int c) {
        return c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' ? "uk" : "ru";
    }

    /** Persian has پ چ ژ گ, which Arabic lacks. */
    private static String arabic(int c) {
        return c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' ? "fa" : "ar";
    }

    private static Optional<String> byFunctionWords(String text, int minHits, double minMargin) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (i - start <= LONGEST_FUNCTION_WORD) {
                    for (String language : FUNCTION_WORDS.getOrDefault(
                            text.substring(start, i).toLowerCase(Locale.ROOT), List.of())) {
                        hits.merge(language, 1, Integer::sum);
                    }
                }
                start = -1;
            }
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                best = entry.getKey();
                bestHits = entry.getValue();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        boolean clear = words * 5 >= MIN_LETTERS && bestHits >= minHits && bestHits >= minMargin * secondHits;
        return clear ? Optional.of(best) : Optional.empty();
    }
}
