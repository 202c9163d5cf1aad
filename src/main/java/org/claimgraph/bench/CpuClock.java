package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The CPU time this JVM has used, all threads together, so a run can be judged apart from other load. */
final class CpuClock {
    private CpuClock() {
    }

    /** Seconds of CPU used by the process so far, or -1 where the JVM does not report it. */
    static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1e9;
        }
        return -1;
    }
}
