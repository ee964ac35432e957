package org.parallax.core.topic;

import java.util.List;

import org.parallax.core.model.SourcedArticle;
import org.parallax.core.model.Topic;

/** Files a story under one topic, once, when its brief is composed. */
@FunctionalInterface
public interface TopicDecider {

    /**
     * @param articles the story's articles
     * @param leads    each article's lead, in the order of {@code articles}
     */
    Topic decide(List<SourcedArticle> articles, List<String> leads);

    /** The keyword lexicon alone, on headlines and leads. */
    static TopicDecider lexicon(TopicClassifier lexicon) {
        return (articles, leads) -> lexicon.classify(titles(articles), leads);
    }

    static List<String> titles(List<SourcedArticle> articles) {
        return articles.stream().map(a -> a.article().title()).toList();
    }
}
