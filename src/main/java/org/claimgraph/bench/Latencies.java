package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The latencies of one kind of request, recorded from many threads, with their count and percentiles. */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    /** Records one request that took {@code elapsedNanos}. */
    public synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** How many requests were recorded. */
    public synchronized int count() {
        return nanos.size();
    }

    /**
     * The {@code p}-th percentile (0 to 100) in milliseconds, by the nearest-rank method; 0 when nothing was
     * recorded.
     */
    public synchronized double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
