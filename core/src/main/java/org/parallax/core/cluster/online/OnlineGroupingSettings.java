package org.parallax.core.cluster.online;

import java.time.Duration;
import java.util.Objects;

import org.parallax.core.cluster.GroupingTimes;

/**
 * Settings of {@link OnlineStoryGrouper}. The defaults are chosen on principles stated per field,
 * then checked with {@code parallax eval clustering} (see the README); they are not fitted to
 * one data set.
 *
 * @param window          how far apart in time an article and a story's latest article may be for
 *                        the article to join it. Default 3 days: an event is mostly covered within a
 *                        day or two; a longer window mainly adds chances to confuse a new event with
 *                        an older one of the same kind.
 * @param allowedLateness how much older than the newest article seen an article may be and still find
 *                        every story it could have joined; a story is dropped from memory once its
 *                        latest article is older than {@code window + allowedLateness} before the newest
 *                        article. Default 1 day.
 * @param maxStorySpan    how long after its first article a story keeps taking articles. Default 7 days,
 *                        so that a running subject does not become one story for ever.
 * @param joinThreshold   minimum similarity ({@link SimilarityScorer}) between an article and a story
 *                        for the article to join it. Default 0.45: reports of one event mostly share the
 *                        event's rare words and say the same thing (mean cosine of their sentence vectors
 *                        near 0.5), while different events of one subject share one or the other. Tuned on
 *                        the NeuS train stories in parts of about 300 stories (the density of a few days of
 *                        news), with the same-event test on: 0.40 to 0.45 balanced precision and recall best
 *                        (B-cubed F1 0.855 against 0.841 at 0.5); the higher end is kept, as a wrong join mixes
 *                        two events in one brief (docs/models/grouping.md).
 * @param argumentJoinThreshold the join threshold where one side of the comparison only argues: an
 *                        opinion or analysis piece and any story, or a report and a story that has no report
 *                        yet. Default 0.35. An argument piece is about the event it reacts to but does not
 *                        retell it: its headline and lead judge, predict and compare, and carry only the
 *                        event's key names and words, so it shares about half the words a report would, and
 *                        its sentence vector is further from the reports' too. Set from the score's halves,
 *                        not fitted: a report at the join threshold matches about halfway on meaning and on
 *                        words (0.5 × 0.5 + 0.5 × 0.5); a piece as close in meaning that shares half the
 *                        words scores 0.5 × 0.5 + 0.5 × 0.25 = 0.375, less as its vector argues; 0.35 is
 *                        that, rounded down. Checked on the AllSides 2021 roundups (README): an argument
 *                        piece's score with its event's story has median 0.39 against 0.58 for a report
 *                        (word cosine 0.15 against 0.35), while the best other open story has median 0.2.
 *                        The price: where many open stories are events of one subject, the best other story
 *                        scores higher (median 0.4 in the undated neus-dev file, three years in one window),
 *                        so a piece whose event has no story yet may join a neighbouring event. At most the
 *                        join threshold.
 * @param mergeThreshold  minimum similarity between two open stories for them to merge, checked when a
 *                        report joins one of them (an argument piece, joining at the lower threshold, never
 *                        causes a merge). Default 0.55, above the join threshold: merging is
 *                        hard to undo and a merged story's old address becomes a redirect. A story of
 *                        argument pieces only merges at the argument join threshold plus the same margin.
 * @param embeddingWeight the share of the sentence-vector cosine in the similarity; the rest is the
 *                        TF-IDF cosine of headline and lead words. Default 0.5: the two err differently
 *                        (vectors confuse events of one subject, words miss paraphrases), so an equal mix
 *                        beats either.
 * @param entityWeight    bonus per unit of named-entity overlap (the share of the article's names that
 *                        the story also has). Default 0.05: shared names are already words of the TF-IDF
 *                        part, so they only tip close calls.
 * @param titleWeight     how many times a headline word counts compared with a lead word. Default 2.
 * @param leadSentences   sentences of the text that form the lead. Default 3.
 * @param leadChars       at most this many characters of lead. Default 600.
 * @param maxPosting      a word or name found in more open stories than this is not looked up: it names a
 *                        running subject ("Trump", "coronavirus"), not an event, and would make every
 *                        story of the subject a candidate. Default 50.
 * @param shortlist       candidates are first ranked cheaply twice, by vector cosine and by the share of
 *                        the article's TF-IDF weight on words they contain; the best {@code shortlist} of
 *                        each get the full score. Default 8.
 * @param hashTables      random-hyperplane hash tables over sentence vectors (the approximate nearest
 *                        neighbour index). Default 16.
 * @param hashBits        bits per table. Default 10: with 16 tables, an article finds a given open article
 *                        whose vector has cosine 0.8 with probability about 0.8, one with cosine 0.9
 *                        almost surely, and looks at about 1/64 of the open articles.
 * @param mergeCandidates how many of the next most similar stories are checked for a merge after an
 *                        article joins a story. Default 3.
 * @param seed            seed of the random hyperplanes; fixed so that placement is reproducible.
 * @param sameEventCosine the second way two reports are judged one event ({@link SameEventTest}), below
 *                        the join and merge thresholds: their sentence vectors have at least this mean
 *                        cosine, they share a rare name or figure, and they are close in time. Default 0.65,
 *                        tuned on the NeuS train stories (docs/models/grouping.md); above 1 turns the test off.
 * @param sameEventWindow how far apart in time the two sides of that test may be. Default 2 days: the days
 *                        around one event; a story older than that with the same names is mostly an earlier
 *                        event of the same subject.
 * @param anchorShare     a name or figure is rare enough to tie two reports to one event when at most this
 *                        share of the open articles (and at least {@link SameEventTest#MIN_ANCHOR_ARTICLES})
 *                        mention it. Default 0.01.
 */
public record OnlineGroupingSettings(Duration window, Duration allowedLateness, Duration maxStorySpan,
                                     double joinThreshold, double argumentJoinThreshold, double mergeThreshold,
                                     double embeddingWeight,
                                     double entityWeight, int titleWeight, int leadSentences, int leadChars,
                                     int maxPosting, int shortlist, int hashTables, int hashBits,
                                     int mergeCandidates, long seed,
                                     double sameEventCosine, Duration sameEventWindow, double anchorShare) {

    public OnlineGroupingSettings {
        GroupingTimes.check(window, allowedLateness, maxStorySpan);
        if (joinThreshold <= 0 || mergeThreshold < joinThreshold || argumentJoinThreshold <= 0
                || argumentJoinThreshold > joinThreshold || embeddingWeight < 0 || embeddingWeight > 1
                || entityWeight < 0) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < argument join <= join <= merge, weights in range");
        }
        if (titleWeight < 1 || leadSentences < 0 || leadChars < 0 || maxPosting < 1 || shortlist < 1
                || hashTables < 1
                || hashBits < 1 || hashBits > 30 || mergeCandidates < 0) {
            throw new IllegalArgumentException("bad grouping settings");
        }
        Objects.requireNonNull(sameEventWindow, "sameEventWindow");
        if (sameEventCosine <= 0 || sameEventWindow.isNegative() || anchorShare < 0 || anchorShare > 1) {
            throw new IllegalArgumentException("same-event cosine must be positive, window not negative, share in 0..1");
        }
    }

    public static OnlineGroupingSettings defaults() {
        return new OnlineGroupingSettings(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(7),
                0.45, 0.35, 0.55, 0.5, 0.05, 2, 3, 600, 50, 8, 16, 10, 3, 20240304L, 0.65, Duration.ofDays(2), 0.01);
    }

    /** How far back from the newest placed article open stories reach: what a restart must reload. */
    public Duration memory() {
        return window.plus(allowedLateness);
    }

    /** The merge threshold where one of two stories has no report: the same margin over its join threshold. */
    public double argumentMergeThreshold() {
        return argumentJoinThreshold + (mergeThreshold - joinThreshold);
    }

    /** These join and merge thresholds; the argument join threshold is kept, capped at the new join threshold. */
    public OnlineGroupingSettings withThresholds(double join, double merge) {
        return new OnlineGroupingSettings(window, allowedLateness, maxStorySpan, join,
                Math.min(argumentJoinThreshold, join), merge, embeddingWeight, entityWeight, titleWeight,
                leadSentences, leadChars, maxPosting, shortlist, hashTables, hashBits, mergeCandidates, seed,
                sameEventCosine, sameEventWindow, anchorShare);
    }

    public OnlineGroupingSettings withArgumentJoinThreshold(double argumentJoin) {
        return new OnlineGroupingSettings(window, allowedLateness, maxStorySpan, joinThreshold, argumentJoin,
                mergeThreshold, embeddingWeight, entityWeight, titleWeight, leadSentences, leadChars, maxPosting,
                shortlist, hashTables, hashBits, mergeCandidates, seed, sameEventCosine, sameEventWindow, anchorShare);
    }

    public OnlineGroupingSettings withWeights(double embedding, double entity) {
        return new OnlineGroupingSettings(window, allowedLateness, maxStorySpan, joinThreshold, argumentJoinThreshold,
                mergeThreshold, embedding, entity, titleWeight, leadSentences, leadChars, maxPosting, shortlist,
                hashTables, hashBits, mergeCandidates, seed, sameEventCosine, sameEventWindow, anchorShare);
    }

    /** This same-event test: vector cosine, window and the share of open articles below which a name or figure is rare. */
    public OnlineGroupingSettings withSameEvent(double cosine, Duration sameWindow, double share) {
        return new OnlineGroupingSettings(window, allowedLateness, maxStorySpan, joinThreshold, argumentJoinThreshold,
                mergeThreshold, embeddingWeight, entityWeight, titleWeight, leadSentences, leadChars, maxPosting,
                shortlist, hashTables, hashBits, mergeCandidates, seed, cosine, sameWindow, share);
    }
}
