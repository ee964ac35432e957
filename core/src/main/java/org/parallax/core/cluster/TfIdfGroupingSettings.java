package org.parallax.core.cluster;

import java.time.Duration;

/**
 * Settings of {@link TfIdfStoryGrouper}.
 *
 * @param window          how far apart in time an article and the latest article of a story may be
 *                        for the article to join it; also how long a story stays open after its latest
 *                        article. Default 3 days: most news events are covered within a day or two,
 *                        and a longer window mainly adds chances to merge a new event into an old one
 *                        that shares names (a second shooting in the same city).
 * @param allowedLateness how much later than the newest article seen an article may arrive and still
 *                        find every story it could have joined. Stories are evicted once their latest
 *                        article is older than {@code window + allowedLateness} before the newest
 *                        article seen. Default 1 day.
 * @param maxStorySpan    how long after its first article a story keeps taking articles. Default 7 days:
 *                        without it a running subject (a war, weekly jobless figures) stays one open
 *                        story for ever, its centroid drifts to the subject's generic words and it
 *                        absorbs every later development; past this span a development starts a new
 *                        story.
 * @param threshold       minimum cosine between an article's TF-IDF vector and a story's centroid for
 *                        the article to join the story. Default 0.25: two reports of one event share
 *                        the event's names and key nouns in headline and lead, while reports of
 *                        different events that share only a person or a place (the president, a
 *                        country) fall below it once IDF has discounted those names. On multi-outlet
 *                        evaluation stories (3 outlets per event, 20 to 80 events a day) it was the
 *                        best balance: about 0.77 pairwise precision at 0.65 to 0.7 recall; 0.3 gives
 *                        0.88 precision but keeps only about half of the same-event pairs together
 *                        and almost no opinion pieces, whose headlines differ most.
 * @param titleWeight     how many times a headline word counts compared with a lead word. Default 2:
 *                        a headline names the event; the lead adds context words.
 * @param leadSentences   sentences of the text used as the lead. Default 3.
 * @param leadChars       maximum characters of the lead. Default 600.
 * @param queryTerms      how many of an article's highest-weighted terms are looked up in the inverted
 *                        index to find candidate stories. Default 12: an article on the same event
 *                        shares several of its most specific terms with the story.
 */
public record TfIdfGroupingSettings(Duration window, Duration allowedLateness, Duration maxStorySpan,
                                    double threshold, double titleWeight,
                                    int leadSentences, int leadChars, int queryTerms) {

    public TfIdfGroupingSettings {
        GroupingTimes.check(window, allowedLateness, maxStorySpan);
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (titleWeight <= 0 || leadSentences < 0 || leadChars < 0 || queryTerms < 1) {
            throw new IllegalArgumentException("bad grouping settings");
        }
    }

    public static TfIdfGroupingSettings defaults() {
        return new TfIdfGroupingSettings(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(7), 0.25, 2.0, 3, 600,
                12);
    }
}
