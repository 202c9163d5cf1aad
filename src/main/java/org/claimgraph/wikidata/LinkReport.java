package org.claimgraph.wikidata;

import java.util.Optional;

/**
 * What a run of the online link step did: actors it tried, actors it linked, questions it sent and answers it
 * took from the cache, and why it stopped asking when the endpoint could not be reached.
 */
public record LinkReport(int actors, int linked, int asked, int fromCache, Optional<String> unreachable) {

    /** One line for the user. */
    public String summary() {
        return "Wikidata link: " + linked + " of " + actors + " unlinked actor(s) linked; " + asked
                + " question(s) sent, " + fromCache + " answered from the cache.";
    }
}
