package org.parallax.core.brief;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.model.SourcedArticle;
import org.parallax.core.text.InverseDocumentFrequency;
import org.parallax.core.text.SentenceSplitter;
import org.parallax.core.text.TermVector;
import org.parallax.core.text.Tokenizer;

/**
 * How typical each article of a story is: IDF-weighted vectors of headline plus lead (first three
 * sentences, at most 600 characters), compared with the other articles of the story.
 */
final class Centrality {

    private final InverseDocumentFrequency idf;
    private final Map<SourcedArticle, TermVector> vectors = new IdentityHashMap<>();
    private final List<SourcedArticle> articles;

    Centrality(List<SourcedArticle> articles, SentenceSplitter splitter) {
        this.articles = articles;
        List<List<String>> docs = new ArrayList<>();
        for (SourcedArticle a : articles) {
            docs.add(Tokenizer.contentWords(a.article().title() + "\n\n" + splitter.lead(a.article().text(), 3, 600)));
        }
        this.idf = new InverseDocumentFrequency(docs);
        for (int i = 0; i < articles.size(); i++) {
            vectors.put(articles.get(i), idf.vector(docs.get(i)));
        }
    }

    /** Mean cosine of {@code text} with the headline-plus-lead vectors of the articles other than {@code self}. */
    double similarityToOthers(String text, SourcedArticle self) {
        return meanCosine(idf.vector(Tokenizer.contentWords(text)), self);
    }

    /** Mean cosine of an article's headline-plus-lead vector with the other articles'. */
    double of(SourcedArticle article) {
        return meanCosine(vectors.get(article), article);
    }

    /** Mean cosine of {@code v} with the vectors of the articles other than {@code self}; 0 when there are none. */
    private double meanCosine(TermVector v, SourcedArticle self) {
        double sum = 0;
        int n = 0;
        for (SourcedArticle other : articles) {
            if (other != self) {
                sum += v.cosine(vectors.get(other));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
