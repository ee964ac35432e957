package org.parallax.core.text;

/** Where a sentence speaks in its own voice and where it quotes someone. */
public final class Quotes {

    private Quotes() {
    }

    /**
     * The sentence with its quotation marks and quoted passages blanked out (each character becomes a
     * space, so offsets and word boundaries stay); an unclosed quotation runs to the end. Straight
     * double quotes toggle, curly ones nest.
     */
    public static String outside(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean inStraight = false;
        int curly = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\u201C') {
                curly++;
                out.append(' ');
            } else if (c == '\u201D') {
                curly = Math.max(0, curly - 1);
                out.append(' ');
            } else if (c == '"') {
                inStraight = !inStraight;
                out.append(' ');
            } else {
                out.append(!inStraight && curly == 0 ? c : ' ');
            }
        }
        return out.toString();
    }

    /**
     * Whether a position of a text lies inside a quotation opened earlier in the same paragraph (the
     * lines since the last line break): a sentence there is a piece of someone's words even when its
     * own quotation marks balance. A quotation never runs past a paragraph's end here, as news
     * writing reopens a quotation that goes on in the next paragraph.
     */
    public static boolean openAt(String text, int position) {
        int start = text.lastIndexOf('\n', position - 1) + 1;
        boolean inStraight = false;
        int curly = 0;
        for (int i = start; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                curly++;
            } else if (c == '\u201D') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                inStraight = !inStraight;
            }
        }
        return inStraight || curly > 0;
    }
}
