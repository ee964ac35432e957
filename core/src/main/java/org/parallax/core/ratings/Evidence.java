package org.parallax.core.ratings;

/**
 * A phrase from an outlet's own articles (outside quotations) that moved the outlet along an axis:
 * one the outlet uses more often than the outlets read on average and that the model links to one
 * end of the axis.
 *
 * @param phrase    the phrase as the model reads it (lower case, plurals folded, numbers as "#")
 * @param direction -1 when it pushed the outlet toward -1 (left), +1 toward +1 (right)
 * @param push      how far it moved the outlet's score (always positive)
 * @param articles  how many of the outlet's articles use it
 * @param sentence  an example sentence from one of those articles, or null when none was found
 * @param articleId the article of the example sentence, or 0 when there is none
 * @param url       that article's address, or null
 */
public record Evidence(String phrase, int direction, double push, int articles, String sentence, long articleId,
                       String url) {
    public Evidence {
        if (direction != -1 && direction != 1) {
            throw new IllegalArgumentException("direction must be -1 or +1: " + direction);
        }
    }
}
