package org.claimgraph;

/** Root of every error claimgraph reports; its message names the file, article or node at fault. */
public class ClaimgraphException extends RuntimeException {

    public ClaimgraphException(String message) {
        super(message);
    }

    public ClaimgraphException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Input that cannot be read as an article: missing, unreadable, not UTF-8, empty, malformed. */
    public static class BadInput extends ClaimgraphException {
        public BadInput(String message) {
            super(message);
        }

        public BadInput(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A graph that does not conform to the SHACL shapes; carries the validation report as text. */
    public static class NotConforming extends ClaimgraphException {
        private final String report;

        public NotConforming(String message, String report) {
            super(message);
            this.report = report;
        }

        /** The SHACL validation report, in Turtle. */
        public String report() {
            return report;
        }
    }

    /** A user mistake on the command line or in a query: unknown query name, bad option value. */
    public static class UsageError extends ClaimgraphException {
        public UsageError(String message) {
            super(message);
        }
    }
}
