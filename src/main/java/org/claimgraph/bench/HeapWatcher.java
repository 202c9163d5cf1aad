package org.claimgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** The peak heap in use: the largest heap seen just before any garbage collection, or now. */
final class HeapWatcher {
    // The heap only grows between collections, so its peaks come just before them. Summing each pool's own
    // peak would overstate it: the young and old pools peak at different times (by 0.3 to 1 GB on PolNeAR).
    private static final AtomicLong PEAK = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static boolean listening;

    private HeapWatcher() {
    }

    /** Forgets earlier peaks, so the next reading covers only what follows. */
    static synchronized void reset() {
        if (!listening) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((n, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            seen(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()));
                        }
                    }, null, null);
                }
            }
            listening = true;
        }
        PEAK.set(used());
    }

    /** Bytes: the largest heap in use since the last reset. */
    static long peak() {
        return Math.max(PEAK.get(), used());
    }

    private static void seen(GarbageCollectionNotificationInfo info) {
        // The map also holds non-heap pools (metaspace, code cache): only heap pools count.
        long before = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
                before += e.getValue().getUsed();
            }
        }
        PEAK.accumulateAndGet(before, Math::max);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
