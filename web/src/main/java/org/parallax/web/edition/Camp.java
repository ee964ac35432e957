package org.parallax.web.edition;

import java.util.Locale;

import org.parallax.core.model.Side;

/**
 * The three positions on either axis a coverage bar shows: on the left-right axis left, centre and
 * right; on the establishment axis critical, neutral and pro-establishment. An outlet rated 0.33 or
 * more from zero ({@link Side#CENTER_BAND}) is off centre.
 */
public enum Camp {
    NEGATIVE, MIDDLE, POSITIVE, UNRATED;

    public static Camp of(Double score) {
        if (score == null) {
            return UNRATED;
        }
        if (score <= -Side.CENTER_BAND) {
            return NEGATIVE;
        }
        return score >= Side.CENTER_BAND ? POSITIVE : MIDDLE;
    }

    public String label(Axis axis) {
        return switch (this) {
            case NEGATIVE -> axis == Axis.LEFT_RIGHT ? "Left" : "Critical";
            case MIDDLE -> axis == Axis.LEFT_RIGHT ? "Centre" : "Neutral";
            case POSITIVE -> axis == Axis.LEFT_RIGHT ? "Right" : "Pro-establishment";
            case UNRATED -> "Unrated";
        };
    }

    /** The CSS class of its part of a bar. */
    public String cssClass(Axis axis) {
        return (axis == Axis.LEFT_RIGHT ? "lr-" : "est-") + name().toLowerCase(Locale.ROOT);
    }

    /** The two axes a reader can tune and split on. */
    public enum Axis {
        LEFT_RIGHT("lr", "Left vs right"), ESTABLISHMENT("est", "Critical vs pro-establishment");

        private final String key;
        private final String label;

        Axis(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Axis ofKey(String key) {
            return "est".equals(key) ? ESTABLISHMENT : LEFT_RIGHT;
        }

        public Double score(ArticleSignal article) {
            return this == LEFT_RIGHT ? article.stance() : article.establishment();
        }
    }
}
