package org.parallax.core.ratings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.Sha256;
import org.parallax.core.text.Tokenizer;

/**
 * Places every outlet with enough stored text on the left-right axis: one phrase table over all the
 * outlets' articles ({@link PhraseTable}), an {@link AxisModel} fitted to the outlets that carry a
 * hand-entered rating, and for each placed outlet the phrases of its own articles that moved it.
 *
 * <p>An outlet's measurement never rests on its own hand-entered rating: the outlets with one are
 * split into folds by their domain and each fold is placed by a model fitted without it
 * (cross-fitting); outlets without one are placed by the model fitted to all. So the measured figure
 * beside a typed-in one is a second opinion, not its echo. Outlets with too little text are not
 * rated: they are reported with their counts.
 */
public final class OutletRater {
    /** The method part of every model version this class writes. */
    public static final String METHOD = "phrase-ridge-1";
    /** Example sentences longer than this are cut (a run-on "sentence" of a badly split page). */
    static final int MAX_SENTENCE = 500;
    /** Evidence phrases pushing less than this share of the outlet's strongest phrase are not shown. */
    static final double MIN_SHARE_OF_TOP = 0.05;

    /**
     * @param minArticles        an outlet needs this many articles to be rated ...
     * @param minWords           ... and this many words in them
     * @param minTrainingOutlets outlets with a hand-entered rating and enough text needed to fit a model
     * @param folds              cross-fitting folds over the outlets with a hand-entered rating
     * @param evidencePerSide    phrases shown per direction
     * @param phrases            the phrase table's settings
     * @param axis               the axis model's settings
     */
    public record Settings(int minArticles, int minWords, int minTrainingOutlets, int folds, int evidencePerSide,
                           PhraseTable.Settings phrases, AxisModel.Settings axis) {
        public static final Settings DEFAULT = new Settings(5, 1_000, 8, 5, 6, PhraseTable.Settings.DEFAULT,
                AxisModel.Settings.DEFAULT);

        public Settings {
            Objects.requireNonNull(phrases, "phrases");
            Objects.requireNonNull(axis, "axis");
            if (minArticles < 1 || minWords < 0 || minTrainingOutlets < 3 || folds < 2 || evidencePerSide < 0) {
                throw new IllegalArgumentException("bad rater settings");
            }
        }
    }

    /** One stored article. */
    public record ArticleText(long articleId, String url, String text) {
    }

    /**
     * An outlet and its articles.
     *
     * @param foldKey its domain (or name): outlets of one domain share a fold
     * @param label   its hand-entered position on the axis, or null
     */
    public record OutletTexts(long outletId, String foldKey, Double label, List<ArticleText> articles) {
        public OutletTexts {
            articles = List.copyOf(articles);
        }
    }

    /** What a run found for one outlet. */
    public sealed interface Outcome permits Rated, NotRated {
        long outletId();

        int articles();

        long words();
    }

    /**
     * A placed outlet.
     *
     * @param crossFitted whether a model fitted without this outlet placed it (it has a hand-entered rating)
     * @param evidence    the phrases that pushed it, strongest first, both directions
     */
    public record Rated(long outletId, Placement placement, int articles, long words, boolean crossFitted,
                        List<Evidence> evidence) implements Outcome {
        public Rated {
            evidence = List.copyOf(evidence);
        }
    }

    /** An outlet with too little text (or a run that could not fit a model). */
    public record NotRated(long outletId, int articles, long words, String reason) implements Outcome {
    }

    /**
     * A run's result.
     *
     * @param modelVersion     the method and a digest of the settings and training labels
     * @param trainingOutlets  outlets whose hand-entered rating the model was fitted to (0: no model)
     * @param problem          why nothing was rated, or null
     */
    public record Run(String modelVersion, int trainingOutlets, int phrases, List<Outcome> outcomes, String problem) {
        public Run {
            outcomes = List.copyOf(outcomes);
        }

        public List<Rated> rated() {
            return outcomes.stream().filter(Rated.class::isInstance).map(Rated.class::cast).toList();
        }
    }

    private final Settings settings;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public OutletRater(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Run rate(List<OutletTexts> outlets) {
        Map<String, List<int[]>> phraseIds = new LinkedHashMap<>();
        Map<Long, Long> words = new HashMap<>();
        for (OutletTexts o : outlets) {
            List<int[]> ids = new ArrayList<>(o.articles().size());
            long count = 0;
            for (ArticleText a : o.articles()) {
                ids.add(Phrases.ids(a.text()));
                count += Tokenizer.words(a.text()).size();
            }
            phraseIds.put(key(o.outletId()), ids);
            words.put(o.outletId(), count);
        }
        List<OutletTexts> enough = outlets.stream().filter(o -> enoughText(o, words)).toList();
        List<OutletTexts> training = outlets.stream().filter(o -> o.label() != null && !o.articles().isEmpty()).toList();
        long trainingWithText = enough.stream().filter(o -> o.label() != null).count();
        String version = version(training);
        if (trainingWithText < settings.minTrainingOutlets()) {
            String problem = String.format(Locale.ROOT, "only %d outlets with a hand-entered rating have %d articles "
                            + "and %d words; %d are needed to fit the model", trainingWithText, settings.minArticles(),
                    settings.minWords(), settings.minTrainingOutlets());
            return new Run(version, 0, 0, outlets.stream().<Outcome>map(o -> notRated(o, words, problem)).toList(), problem);
        }
        PhraseTable table = PhraseTable.build(phraseIds, settings.phrases());
        AxisModel all = AxisModel.fit(table, examples(training), settings.axis());
        Map<Integer, AxisModel> foldModels = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (OutletTexts o : outlets) {
            if (!enoughText(o, words)) {
                outcomes.add(notRated(o, words, String.format(Locale.ROOT, "needs %d articles and %d words",
                        settings.minArticles(), settings.minWords())));
                continue;
            }
            AxisModel model = all;
            boolean crossFitted = o.label() != null;
            if (crossFitted) {
                int fold = fold(o);
                List<OutletTexts> others = training.stream().filter(t -> fold(t) != fold).toList();
                if (others.size() < 3) {
                    outcomes.add(notRated(o, words, "too few other outlets with a hand-entered rating to measure "
                            + "it without its own"));
                    continue;
                }
                model = foldModels.computeIfAbsent(fold, f -> AxisModel.fit(table, examples(others), settings.axis()));
            }
            Placement placement = model.place(key(o.outletId()));
            outcomes.add(new Rated(o.outletId(), placement, o.articles().size(), words.get(o.outletId()), crossFitted,
                    evidence(model, o)));
        }
        return new Run(version, training.size(), table.size(), outcomes, null);
    }

    private boolean enoughText(OutletTexts o, Map<Long, Long> words) {
        return o.articles().size() >= settings.minArticles() && words.get(o.outletId()) >= settings.minWords();
    }

    private static NotRated notRated(OutletTexts o, Map<Long, Long> words, String reason) {
        return new NotRated(o.outletId(), o.articles().size(), words.get(o.outletId()), reason);
    }

    private int fold(OutletTexts o) {
        return Math.floorMod(Sha256.hex("rating-fold:" + o.foldKey()).hashCode(), settings.folds());
    }

    private static List<Example> examples(List<OutletTexts> training) {
        return training.stream().map(o -> new Example(key(o.outletId()), o.label(),
                o.label() <= -1.0 / 3 ? -1 : o.label() >= 1.0 / 3 ? 1 : 0)).toList();
    }

    private static String key(long outletId) {
        return Long.toString(outletId);
    }

    /** The method, and a digest of the settings and the training labels: equal versions, equal models. */
    private String version(List<OutletTexts> training) {
        String labels = training.stream().sorted(Comparator.comparingLong(OutletTexts::outletId))
                .map(o -> o.outletId() + "=" + o.label()).collect(Collectors.joining(","));
        AxisModel.Settings axis = settings.axis();
        String fitted = String.join(";", settings.minArticles() + "", settings.minWords() + "",
                settings.folds() + "", settings.phrases().toString(), Arrays.toString(axis.penalties()),
                axis.weightHalf() + "", axis.selectionMin() + "");
        return METHOD + "/" + Sha256.hex(fitted + "|" + labels).substring(0, 10);
    }

    /**
     * The phrases of the outlet's own articles that the outlet uses more than average and that pushed
     * it along the axis, the strongest {@code evidencePerSide} each way, each with an example sentence.
     */
    private List<Evidence> evidence(AxisModel model, OutletTexts outlet) {
        PhraseTable table = model.table();
        String key = key(outlet.outletId());
        float[] profile = table.profile(key);
        int[] used = new int[table.size()];
        for (int[] positions : table.articles(key)) {
            for (int j : positions) {
                used[j]++;
            }
        }
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int j = 0; j < used.length; j++) {
            double push = model.weight(j) * profile[j];
            if (used[j] > 0 && profile[j] > 0 && push != 0) {
                (push < 0 ? left : right).add(j);
            }
        }
        Map<Integer, String> texts = new HashMap<>();
        for (ArticleText a : outlet.articles()) {
            Phrases.texts(a.text()).forEach(t -> texts.putIfAbsent(Phrases.id(t), t));
        }
        // Strongest first; among phrases used in exactly the same articles (equal pushes), the longest.
        Comparator<Integer> strongest = Comparator.<Integer>comparingDouble(j -> -Math.abs(model.weight(j) * profile[j]))
                .thenComparingInt(j -> -texts.getOrDefault(table.phraseId(j), "").length());
        left.sort(strongest);
        right.sort(strongest);
        double top = Math.max(left.isEmpty() ? 0 : Math.abs(model.weight(left.get(0)) * profile[left.get(0)]),
                right.isEmpty() ? 0 : Math.abs(model.weight(right.get(0)) * profile[right.get(0)]));
        List<Integer> chosen = new ArrayList<>();
        chosen.addAll(distinct(left, model, profile, top, texts));
        chosen.addAll(distinct(right, model, profile, top, texts));
        chosen.sort(strongest);
        List<Evidence> out = new ArrayList<>();
        for (int j : chosen) {
            double push = model.weight(j) * profile[j];
            // The score is the intercept plus the weighted profile: this is the phrase's part of it.
            ExampleSentence example = example(outlet, texts.getOrDefault(table.phraseId(j), ""));
            out.add(new Evidence(example.phrase(), push < 0 ? -1 : 1, Math.abs(push), used[j],
                    example.sentence(), example.articleId(), example.url()));
        }
        return out;
    }

    /**
     * The strongest candidates, at most {@code evidencePerSide}, skipping a phrase inside or around
     * one already taken ("tax relief" beside "promised tax relief" says the same thing twice) or used in
     * exactly the same articles as one taken, and
     * phrases whose push is under {@value #MIN_SHARE_OF_TOP} of the outlet's strongest.
     */
    private List<Integer> distinct(List<Integer> sorted, AxisModel model, float[] profile, double top,
                                   Map<Integer, String> phraseTexts) {
        List<Integer> taken = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> pushes = new ArrayList<>();
        for (int j : sorted) {
            double push = Math.abs(model.weight(j) * profile[j]);
            if (pushes.stream().anyMatch(p -> Math.abs(p - push) <= 1e-9 * push)) {
                continue; // used in exactly the articles of a phrase taken already: the same evidence
            }
            if (taken.size() == settings.evidencePerSide()
                    || Math.abs(model.weight(j) * profile[j]) < MIN_SHARE_OF_TOP * top) {
                break;
            }
            String text = phraseTexts.getOrDefault(model.table().phraseId(j), "");
            String padded = " " + text + " ";
            if (texts.stream().anyMatch(t -> padded.contains(" " + t + " ") || (" " + t + " ").contains(padded))) {
                continue;
            }
            taken.add(j);
            texts.add(text);
            pushes.add(push);
        }
        return taken;
    }

    private record ExampleSentence(String phrase, String sentence, long articleId, String url) {
    }

    /** The first sentence of the outlet's articles that uses the phrase in the outlet's own voice. */
    private ExampleSentence example(OutletTexts outlet, String phrase) {
        for (ArticleText a : outlet.articles()) {
            for (String sentence : splitter.sentences(a.text())) {
                if (Phrases.texts(sentence).contains(phrase)) {
                    String shown = sentence.length() <= MAX_SENTENCE ? sentence
                            : sentence.substring(0, MAX_SENTENCE - 1).strip() + "\u2026";
                    return new ExampleSentence(phrase, shown, a.articleId(), a.url());
                }
            }
        }
        return new ExampleSentence(phrase, null, 0, null);
    }
}
