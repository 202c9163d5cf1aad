package org.claimgraph.serve;

/**
 * What the endpoint's result cache did since the server started.
 *
 * @param hits   queries answered from kept answers
 * @param misses queries run
 */
public record ResultCacheCounts(long hits, long misses) {

    /** "N answered from the result cache, M run". */
    public String describe() {
        return hits + " answered from the result cache, " + misses + " run";
    }
}
