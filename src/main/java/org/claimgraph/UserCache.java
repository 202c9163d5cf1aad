package org.claimgraph;

import java.nio.file.Path;

/** The directory where claimgraph keeps what it may reuse between runs: $XDG_CACHE_HOME/claimgraph or ~/.cache/claimgraph. */
public final class UserCache {

    private UserCache() {
    }

    /** The cache directory (not created here: callers create what they write). */
    public static Path directory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("claimgraph");
    }
}
