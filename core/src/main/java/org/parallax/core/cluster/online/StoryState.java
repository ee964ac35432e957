package org.parallax.core.cluster.online;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open story as the grouper holds it: its time span, its members, and two {@link StoryProfile}s,
 * one over its reports and one over its argument pieces (opinion, analysis). A story is what its
 * reports say once it has any ({@link #profile}): an argument piece joins the story of the event it
 * reacts to without moving what the story is about, so it cannot draw later reports, or a merge,
 * towards its own argument. A story of argument pieces only is described by them.
 *
 * <p>Every sum is exact, so a story's state is the same whatever order its articles were added in:
 * what a restart relies on.
 */
final class StoryState {

    final long id;
    Instant first;
    Instant last;
    final StoryProfile reporting = new StoryProfile();
    final StoryProfile arguing = new StoryProfile();
    /** Over all articles: per term, the number of articles that contain it; per name, those that mention it. */
    final Map<String, Integer> termArticles = new HashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    final List<Member> members = new ArrayList<>();

    /** What eviction and merges need to know of an article: its id and its hash keys. */
    record Member(long articleId, int[] hashKeys) {
    }

    StoryState(long id, Instant time) {
        this.id = id;
        this.first = time;
        this.last = time;
    }

    int articles() {
        return members.size();
    }

    /** Whether every article of the story is an opinion or analysis piece. */
    boolean argumentsOnly() {
        return reporting.articles == 0;
    }

    /** What the story is compared by: its reports, or its argument pieces while it has no report. */
    StoryProfile profile() {
        return argumentsOnly() ? arguing : reporting;
    }

    void add(ArticleFeatures a) {
        members.add(new Member(a.articleId(), a.hashKeys()));
        widen(a.time(), a.time());
        (a.argument() ? arguing : reporting).add(a);
        a.terms().keySet().forEach(t -> termArticles.merge(t, 1, Integer::sum));
        a.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    }

    /** Takes every article of {@code other} into this story. */
    void absorb(StoryState other) {
        members.addAll(other.members);
        widen(other.first, other.last);
        reporting.absorb(other.reporting);
        arguing.absorb(other.arguing);
        other.termArticles.forEach((t, c) -> termArticles.merge(t, c, Integer::sum));
        other.entities.forEach((e, c) -> entities.merge(e, c, Integer::sum));
    }

    private void widen(Instant from, Instant to) {
        if (from.isBefore(first)) {
            first = from;
        }
        if (to.isAfter(last)) {
            last = to;
        }
    }
}
