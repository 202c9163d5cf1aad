package org.claimgraph.stance;

import java.util.List;
import org.claimgraph.extract.CharSpan;

/**
 * What the stance stage reads from an attribution: the stance, and the text of the claim it is toward.
 *
 * @param stance     assert, deny or question
 * @param claimSpans where the claim is written: the content, or the part the content judges ("the reports")
 * @param claimLabel the claim in words, positive form, without quotation marks
 */
public record StanceReading(Stance stance, List<CharSpan> claimSpans, String claimLabel) {
}
