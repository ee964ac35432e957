package org.parallax.core.brief;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.parallax.core.embed.SentenceEmbedder;
import org.parallax.core.forecast.ForecastSource;
import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.Forecast;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.model.Topic;
import org.parallax.core.subjectivity.CueSubjectivity;
import org.parallax.core.subjectivity.SentenceSubjectivity;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.topic.TopicClassifier;
import org.parallax.core.topic.TopicDecider;

/**
 * A brief made only of sentences copied from the story's articles: a title chosen among the
 * headlines ({@link TitleChooser}), corroborated facts ({@link FactSelector}), two opposing
 * narratives along the axis the outlets disagree on most ({@link NarrativeSelector}), coverage
 * ({@link CoverageCounter}) and a topic ({@link TopicDecider}, decided here once), and the
 * nerd narrative from a {@link ForecastSource} given the title, the lead of the first reporting
 * article and the time of the latest article (no forecast without one).
 */
public final class ExtractiveBriefComposer implements BriefComposer {

    private final InstantSource clock;
    private final TopicDecider topics;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TitleChooser titles;
    private final FactSelector facts;
    private final NarrativeSelector narratives;
    private final CoverageCounter coverage = new CoverageCounter();
    private final ForecastSource forecasts;

    /**
     * @param embedder     sentence vectors, with which facts count as corroborated when another
     *                     outlet says the same in other words; empty to compare words only
     * @param subjectivity the fact-or-opinion classifier: it keeps opinion out of facts and finds the
     *                     arguing passages of narratives
     */
    public ExtractiveBriefComposer(InstantSource clock, TopicDecider topics, BriefSettings settings,
                                   ForecastSource forecasts, Optional<SentenceEmbedder> embedder,
                                   SentenceSubjectivity subjectivity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.forecasts = Objects.requireNonNull(forecasts, "forecasts");
        Objects.requireNonNull(subjectivity, "subjectivity");
        this.titles = new TitleChooser(splitter, subjectivity);
        this.facts = new FactSelector(settings, splitter, embedder, subjectivity);
        this.narratives = new NarrativeSelector(NarrativeSettings.from(settings), splitter,
                ArgumentScorer.of(subjectivity));
    }

    /** Without a sentence model: facts corroborated by shared words, opinion told by cues. */
    public ExtractiveBriefComposer(InstantSource clock, TopicClassifier topics, BriefSettings settings,
                                   ForecastSource forecasts) {
        this(clock, TopicDecider.lexicon(topics), settings, forecasts, Optional.empty(), new CueSubjectivity());
    }

    public ExtractiveBriefComposer(InstantSource clock, TopicClassifier topics, BriefSettings settings) {
        this(clock, topics, settings, ForecastSource.NONE);
    }

    public ExtractiveBriefComposer(InstantSource clock, TopicClassifier topics) {
        this(clock, topics, BriefSettings.defaults());
    }

    /** How this composer picks facts, for training and evaluating that step alone. */
    public FactSelector factSelector() {
        return facts;
    }

    @Override
    public Brief compose(long storyId, List<SourcedArticle> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + storyId + " has no articles");
        }
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        TitleChooser.Title chosenTitle = titles.chooseTitle(ordered);
        String title = chosenTitle.text();
        Topic topic = topics.decide(ordered, ordered.stream().map(a -> splitter.lead(a.article().text(), 3, 600)).toList());
        List<Fact> chosen = facts.select(ordered);
        NarrativeSelector.Choice choice = narratives.select(ordered);
        return new Brief(storyId, title, topic, chosen, choice.narratives(), choice.missingView(),
                forecast(title, ordered), coverage.count(ordered), clock.instant(),
                chosenTitle.source() == null ? null : chosenTitle.source().ref());
    }

    /** The market forecast for the story as of its latest article, or null. */
    private Forecast forecast(String title, List<SourcedArticle> ordered) {
        // The lead of the first report, or of the first piece when the story has no report.
        SourcedArticle first = ArticlePool.reporting(ordered, 1).stream().findFirst().orElse(ordered.getFirst());
        String lead = splitter.lead(first.article().text(), 3, 600);
        Instant storyTime = ordered.getLast().article().time();
        return forecasts.forecastFor(title, lead, storyTime).orElse(null);
    }
}
