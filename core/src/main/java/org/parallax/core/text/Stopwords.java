package org.parallax.core.text;

import java.util.Set;

/**
 * English function words, lower-cased, with straight apostrophes. The usual list of closed-class
 * words (articles, pronouns, auxiliaries, prepositions, conjunctions) plus a handful of reporting
 * verbs ("said", "says", "told", "according") that occur in nearly every news sentence and so carry
 * no information about what a sentence is about.
 */
public final class Stopwords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
            "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
            "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from", "further", "had",
            "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her",
            "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd",
            "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself",
            "let's", "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off",
            "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
            "same", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some",
            "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
            "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd",
            "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
            "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with", "won't",
            "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
            "yourselves", "also", "may", "might", "must", "shall", "just", "now", "yet", "still", "however",
            "though", "although", "whether", "per", "via", "upon", "among", "within", "without", "since",
            "across", "around", "along", "amid", "toward", "towards", "onto", "unto", "s", "t",
            "said", "says", "say", "told", "tells", "according");

    private Stopwords() {
    }

    /** @param lowerWord a lower-cased word with straight apostrophes */
    public static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    public static Set<String> all() {
        return WORDS;
    }
}
