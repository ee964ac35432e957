package org.parallax.core.brief;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

import org.parallax.core.model.Brief;
import org.parallax.core.model.Fact;
import org.parallax.core.model.SourcedArticle;
import org.parallax.core.model.Topic;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.topic.TopicClassifier;

/**
 * A brief made only of sentences copied from the story's articles: a title chosen among the
 * headlines ({@link TitleChooser}), corroborated facts ({@link FactSelector}), left and right
 * narratives ({@link NarrativeSelector}), coverage ({@link CoverageCounter}) and a topic
 * ({@link TopicClassifier} on headlines and leads). No forecast: market matching is a later stage.
 */
public final class ExtractiveBriefComposer implements BriefComposer {

    private final InstantSource clock;
    private final TopicClassifier topics;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TitleChooser titles;
    private final FactSelector facts;
    private final NarrativeSelector narratives;
    private final CoverageCounter coverage = new CoverageCounter();

    public ExtractiveBriefComposer(InstantSource clock, TopicClassifier topics, BriefSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.titles = new TitleChooser(splitter);
        this.facts = new FactSelector(settings, splitter);
        this.narratives = new NarrativeSelector(settings, splitter);
    }

    public ExtractiveBriefComposer(InstantSource clock, TopicClassifier topics) {
        this(clock, topics, BriefSettings.defaults());
    }

    @Override
    public Brief compose(long storyId, List<SourcedArticle> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + storyId + " has no articles");
        }
        List<SourcedArticle> ordered = articles.stream().sorted(ArticlePool.BY_TIME).toList();
        String title = titles.choose(ordered);
        Topic topic = topics.classify(
                ordered.stream().map(a -> a.article().title()).toList(),
                ordered.stream().map(a -> splitter.lead(a.article().text(), 3, 600)).toList());
        List<Fact> chosen = facts.select(ordered);
        NarrativeSelector.Choice choice = narratives.select(ordered);
        return new Brief(storyId, title, topic, chosen, choice.narratives(), choice.missingView(), null,
                coverage.count(ordered), clock.instant());
    }
}
