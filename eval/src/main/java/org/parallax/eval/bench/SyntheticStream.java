package org.parallax.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news for benchmarks: events (who did what where), each reported by two to six
 * articles in varied wording, in English sentences with made-up names. Deterministic for a seed.
 * Not evaluation data: it only has to look like news to the embedder and the grouper, so that their
 * costs are those of real text of that length.
 */
final class SyntheticStream {

    /** One generated article: its event number, headline and lead. */
    record Generated(int event, String title, String text) {
    }

    private static final String[] SYLLABLES = {"ar", "bel", "cor", "dan", "el", "fin", "gal", "har", "is", "jor",
            "kel", "lan", "mor", "nor", "ol", "par", "quin", "ros", "sal", "tor", "ul", "var", "wen", "yor", "zel"};
    private static final String[] ROLES = {"President", "Senator", "Governor", "Minister", "Mayor", "Judge",
            "General", "Chief executive", "Coach", "Professor"};
    private static final String[] ACTIONS = {"announces", "rejects", "signs", "blocks", "launches", "cancels",
            "defends", "unveils", "delays", "approves", "condemns", "investigates"};
    private static final String[] OBJECTS = {"budget plan", "trade deal", "peace talks", "new tax", "rail project",
            "vaccine programme", "climate pledge", "border policy", "bank merger", "stadium deal", "school reform",
            "water rights", "mining permit", "tech merger", "election law", "housing bill"};
    private static final String[] ORGS = {"Council", "Party", "Bank", "Agency", "Court", "Union", "Institute",
            "Federation", "Ministry", "Group"};
    private static final String[] LEADS = {
            "%s %s the %s in %s on %s, saying it would affect %d people.",
            "In %4$s, %1$s %2$s the %3$s on %5$s after weeks of pressure from the %7$s.",
            "The %7$s said %1$s %2$s the %3$s in %4$s, a move that drew %6$d protesters on %5$s.",
            "%1$s %2$s the %3$s on %5$s. Officials in %4$s said %6$d jobs were at stake.",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final Random random;

    SyntheticStream(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles in event order (an event's reports are consecutive). */
    List<Generated> articles(int count) {
        List<Generated> out = new ArrayList<>(count);
        int event = 0;
        while (out.size() < count) {
            String person = ROLES[random.nextInt(ROLES.length)] + " " + name() + " " + name();
            String place = name() + (random.nextBoolean() ? "ia" : " City");
            String org = name() + " " + ORGS[random.nextInt(ORGS.length)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String object = OBJECTS[random.nextInt(OBJECTS.length)];
            String day = DAYS[random.nextInt(DAYS.length)];
            int number = 100 + random.nextInt(90_000);
            int reports = 2 + random.nextInt(5);
            for (int r = 0; r < reports && out.size() < count; r++) {
                String title = switch (random.nextInt(3)) {
                    case 0 -> person + " " + action + " " + object + " in " + place;
                    case 1 -> place + ": " + object + " " + past(action) + " by " + person;
                    default -> org + " reacts as " + person.substring(person.indexOf(' ') + 1) + " " + action + " " + object;
                };
                String lead = String.format(LEADS[random.nextInt(LEADS.length)], person, action, object, place, day,
                        number, org) + " " + String.format("Critics said the decision was %s.",
                        random.nextBoolean() ? "rushed" : "long overdue");
                out.add(new Generated(event, title, lead));
            }
            event++;
        }
        return out;
    }

    private String name() {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String past(String action) {
        String stem = action.substring(0, action.length() - 1);
        return stem.endsWith("e") ? stem + "d" : stem.endsWith("h") ? stem.substring(0, stem.length() - 1) + "ed" : stem + "ed";
    }
}
