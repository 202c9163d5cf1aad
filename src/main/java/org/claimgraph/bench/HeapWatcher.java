package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak heap in use, as the JVM's memory pools record it (summed over heap pools). */
final class HeapWatcher {
    private HeapWatcher() {
    }

    /** Forgets earlier peaks, so the next reading covers only what follows. */
    static void reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Bytes: the sum of each heap pool's peak since the last reset (an upper bound on the true peak). */
    static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
