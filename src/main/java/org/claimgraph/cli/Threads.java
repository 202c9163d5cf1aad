package org.claimgraph.cli;

/** The default number of worker threads: every core. */
final class Threads {
    private Threads() {
    }

    static int orDefault(Integer requested) {
        return requested != null && requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }
}
