package org.parallax.core.brief;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parallax.core.text.NamedEntities;
import org.parallax.core.text.Quotes;
import org.parallax.core.text.Tokenizer;

/**
 * Whether two narratives really oppose: they address the same question and take different positions.
 * Without both, showing them as "A" and "B" would be false balance.
 *
 * <p>Same question: the two passages, each with its piece's headline (which says what the piece is
 * about), share a name ({@link NamedEntities}) or at least {@link #MIN_SHARED_WORDS} content words
 * (stemmed, {@link Tokenizer#contentWords}).
 *
 * <p>Different positions: each passage gets a stance score, the number of approving cue words
 * ("support", "success", "protect") minus disapproving ones ("fail", "threat", "reckless"),
 * counted outside quotation marks (what the writer says, not whom the writer quotes), a cue after
 * "not", "no", "never" or a word ending in "n't" counting the other way. They take different positions
 * when the scores have opposite signs (one approves what the other disapproves of), or when one
 * approves or disapproves and the other does neither (it argues something else about the same
 * question); or when both prescribe ("should", "must", "need to", "ought to") and what they prescribe
 * (the content words of the next eight words, less the words of the headlines, which name the topic
 * both share) shares less than half its words. Two passages that
 * both approve, or both disapprove, and prescribe nothing different agree; two without any cue give
 * no evidence of disagreement, and are not shown as opposed.
 */
final class NarrativeOpposition {

    static final int MIN_SHARED_WORDS = 2;

    private static final Set<String> APPROVING = Set.of(
            "support", "supports", "supported", "praise", "praised", "win", "wins", "victory", "success", "successful",
            "good", "great", "right", "benefit", "benefits", "help", "helps", "protect", "protects", "necessary",
            "welcome", "welcomed", "boost", "progress", "important", "strong", "stronger", "fair", "safe", "safer",
            "improve", "improves", "improved", "deserve", "deserves", "achievement", "historic", "landmark",
            "effective", "smart", "wise", "legitimate", "justified", "needed", "hope", "hopeful", "relief", "defend",
            "defends", "champion", "reasonable", "sensible", "overdue", "bold", "courageous", "vital", "essential");

    private static final Set<String> DISAPPROVING = Set.of(
            "oppose", "opposes", "opposed", "against", "fail", "fails", "failed", "failure", "wrong", "bad", "harm",
            "harms", "harmful", "threat", "threatens", "dangerous", "danger", "crisis", "disaster", "disastrous",
            "attack", "attacks", "criticize", "criticized", "criticise", "reckless", "unfair", "waste", "wasteful",
            "corrupt", "corruption", "lie", "lies", "mistake", "weak", "destroy", "destroys", "damage", "abuse",
            "scandal", "outrage", "outrageous", "radical", "extreme", "illegal", "unconstitutional", "hypocrisy",
            "hypocritical", "betrayal", "chaos", "overreach", "absurd", "shameful", "cruel", "ruin", "costly",
            "flawed", "misguided", "dishonest", "partisan", "sham", "bogus", "fraud", "failing", "worse", "worst");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "without", "hardly");

    private NarrativeOpposition() {
    }

    private static final Set<String> PRESCRIPTIVE = Set.of("should", "must", "ought", "need", "needs");
    private static final int PRESCRIPTION_WORDS = 8;

    /**
     * Whether passages {@code a} and {@code b} (with the headlines of their pieces) address the same
     * question and take different positions.
     */
    static boolean opposed(String a, String headlineA, String b, String headlineB) {
        return sameQuestion(a + " " + headlineA, b + " " + headlineB)
                && differentPositions(a, b, new HashSet<>(Tokenizer.contentWords(headlineA + " " + headlineB)));
    }

    static boolean sameQuestion(String a, String b) {
        Set<String> names = new HashSet<>(NamedEntities.of(a));
        names.retainAll(new HashSet<>(NamedEntities.of(b)));
        if (!names.isEmpty()) {
            return true;
        }
        Set<String> words = new HashSet<>(Tokenizer.contentWords(a));
        words.retainAll(new HashSet<>(Tokenizer.contentWords(b)));
        return words.size() >= MIN_SHARED_WORDS;
    }

    static boolean differentPositions(String a, String b) {
        return differentPositions(a, b, Set.of());
    }

    static boolean differentPositions(String a, String b, Set<String> topic) {
        int sa = stance(a);
        int sb = stance(b);
        return Integer.signum(sa) != Integer.signum(sb) || prescriptionsDiffer(a, b, topic);
    }

    static boolean prescriptionsDiffer(String a, String b, Set<String> topic) {
        Set<String> pa = prescribed(a);
        Set<String> pb = prescribed(b);
        pa.removeAll(topic);
        pb.removeAll(topic);
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(pa);
        shared.retainAll(pb);
        return shared.size() * 2 < Math.min(pa.size(), pb.size());
    }

    /** The content words of what the passage prescribes, outside quotation marks; empty when it prescribes nothing. */
    private static Set<String> prescribed(String passage) {
        List<String> words = Tokenizer.words(Quotes.outside(passage).toLowerCase(Locale.ROOT));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (PRESCRIPTIVE.contains(words.get(i))) {
                String clause = String.join(" ", words.subList(i + 1, Math.min(words.size(), i + 1 + PRESCRIPTION_WORDS)));
                out.addAll(Tokenizer.contentWords(clause));
            }
        }
        return out;
    }

    /** Approving minus disapproving cue words outside quotation marks, negated cues counting the other way. */
    static int stance(String passage) {
        List<String> words = Tokenizer.words(Quotes.outside(passage).toLowerCase(Locale.ROOT));
        int score = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int cue = APPROVING.contains(w) ? 1 : DISAPPROVING.contains(w) ? -1 : 0;
            if (cue != 0 && negated(words, i)) {
                cue = -cue;
            }
            score += cue;
        }
        return score;
    }

    private static boolean negated(List<String> words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = words.get(k);
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
