package org.claimgraph.stance;

import org.claimgraph.extract.Attribution;
import org.claimgraph.resolve.Actor;

/**
 * One act of saying that the article ascribes to a speaker, with the speaker's stance toward a claim.
 *
 * @param attribution where and how the article reports it
 * @param speaker     the resolved actor
 * @param reading     stance and claim wording
 * @param confidence  how sure the pipeline is, in [0,1]
 */
public record Statement(Attribution attribution, Actor speaker, StanceReading reading, double confidence) {
}
