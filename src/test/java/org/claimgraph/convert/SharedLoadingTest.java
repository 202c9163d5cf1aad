package org.claimgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What converters share besides CoreNLP loads once, on a thread of its own, beside the pipeline. */
class SharedLoadingTest {

    @Test
    void loadsOnceOnItsOwnThread() throws InterruptedException {
        Converter.loadSharedInBackground();
        Converter.loadSharedInBackground();
        List<Thread> loaders = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("claimgraph-shared-load")).toList();
        // Started once, unless another test's converter started it and it has already ended.
        assertTrue(loaders.size() <= 1, () -> loaders.size() + " loaders");
        for (Thread loader : loaders) {
            assertTrue(loader.isDaemon());
            loader.join(120_000);
            assertEquals(Thread.State.TERMINATED, loader.getState());
        }
    }
}
