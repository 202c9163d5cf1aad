package org.claimgraph.bench;

import java.util.Map;

/** Formats seconds per part as an aligned table with each part's share of the total. */
final class Shares {
    private Shares() {
    }

    static String table(Map<String, Double> seconds) {
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder sb = new StringBuilder();
        seconds.forEach((k, v) -> sb.append(String.format("  %-28s %8.1f s %6.1f%%%n", k, v,
                total == 0 ? 0 : 100 * v / total)));
        return sb.toString();
    }
}
