package org.claimgraph.stance;

import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.resolve.Actor;

/** A rough confidence for a machine-made statement, from how directly its source and content were found. */
public final class Confidence {

    private Confidence() {
    }

    /** Direct quotes with a named speaker rate highest; missing or anonymous sources lower it. */
    public static double of(Attribution a, Actor speaker) {
        double c = a.kind() == QuoteKind.DIRECT ? 0.9 : 0.8;
        if (a.source().isEmpty()) {
            c -= 0.3;
        } else if (!speaker.named()) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }
}
