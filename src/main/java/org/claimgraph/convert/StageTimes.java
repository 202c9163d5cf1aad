package org.claimgraph.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Accumulates the wall time spent in each pipeline stage, safely across threads. */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    /** Runs a stage and adds its duration under the stage's name. */
    public <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - t0);
        }
    }

    /** Seconds per stage, in pipeline order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
        return out;
    }
}
