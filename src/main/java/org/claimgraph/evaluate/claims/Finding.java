package org.claimgraph.evaluate.claims;

/**
 * One thing the prediction got wrong against the expectation, for the report.
 *
 * @param cause   what kind of error it is
 * @param message which rows, and what was predicted instead
 */
public record Finding(Cause cause, String message) {

    /** The kinds of error, in the order the report lists them. */
    public enum Cause {
        /** No prediction was matched to an expected row. */
        NOT_FOUND("statement not found"),
        /** A matched statement has the wrong stance. */
        WRONG_STANCE("stance wrong"),
        /** A matched statement has the wrong speaker. */
        WRONG_SPEAKER("speaker wrong"),
        /** Rows of one expected claim got different predicted claims. */
        SPLIT_CLAIM("one claim split over several predicted claims"),
        /** Rows of different expected claims got the same predicted claim. */
        MERGED_CLAIMS("different claims merged into one predicted claim");

        private final String title;

        Cause(String title) {
            this.title = title;
        }

        /** A heading for the report. */
        public String title() {
            return title;
        }
    }
}
