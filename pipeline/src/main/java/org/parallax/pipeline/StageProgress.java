package org.parallax.pipeline;

/**
 * How far the pipeline's stages have come in one run, for a command that shows it (import); told
 * per item or per batch, so a listener that prints decides itself how often.
 */
public interface StageProgress {
    /** A listener that shows nothing (the server's periodic runs). */
    StageProgress NONE = new StageProgress() {
        @Override
        public void advanced(Stage stage, long done, long total) {
        }

        @Override
        public void finished(Stage stage, long done) {
        }
    };

    /** The stages after storage, in the order one batch goes through them. */
    enum Stage {
        EMBEDDING("embedding", "articles embedded"),
        GROUPING("grouping", "articles placed"),
        BRIEFS("briefs", "briefs composed");

        private final String label;
        private final String unit;

        Stage(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** The stage's name as shown ("grouping"). */
        public String label() {
            return label;
        }

        /** What its count counts ("articles placed"). */
        public String unit() {
            return unit;
        }
    }

    /** {@code done} of about {@code total} items of this run's stage are through (total may grow while it runs). */
    void advanced(Stage stage, long done, long total);

    /** The stage is through for this run, with {@code done} items. */
    void finished(Stage stage, long done);
}
