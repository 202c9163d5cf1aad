package org.claimgraph.evaluate.claims;

import org.claimgraph.evaluate.Scores.Prf;
import org.claimgraph.evaluate.Scores.Share;

/**
 * The counts behind the figures of one set of articles, or of several added together (micro averages).
 *
 * @param found      expected statements matched by a prediction, of all expected (statement recall)
 * @param stance     matched statements whose predicted stance is the expected one
 * @param speaker    matched statements whose predicted speaker is the expected one
 * @param within     pairwise "same claim" decisions over pairs of matched statements in the same article: pairs
 *                   the expectation and the prediction both join, pairs the prediction joins, pairs the
 *                   expectation joins
 * @param across     the same over pairs of matched statements in different articles of a set
 * @param unexpected predicted statements no expected row matched (extra statements, or rows missed by their anchor)
 */
public record ClaimScores(Share found, Share stance, Share speaker, Prf within, Prf across, long unexpected) {

    /** Nothing counted yet: the start of a sum. */
    public static final ClaimScores ZERO = new ClaimScores(Share.ZERO, Share.ZERO, Share.ZERO, Prf.ZERO, Prf.ZERO, 0);

    /** The sum of both, count by count. */
    public ClaimScores plus(ClaimScores o) {
        return new ClaimScores(found.plus(o.found), stance.plus(o.stance), speaker.plus(o.speaker),
                within.plus(o.within), across.plus(o.across), unexpected + o.unexpected);
    }
}
