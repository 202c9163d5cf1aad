package org.claimgraph.stance;

import java.util.List;
import org.claimgraph.extract.CharSpan;

/**
 * What the stance stage reads from an attribution, or from one part of its content: the stance, the text of the
 * claim it is toward, and the part of the content that says it.
 *
 * @param stance       assert, deny or question
 * @param claimSpans   where the claim is written: the content, or the part the content judges ("the reports")
 * @param claimLabel   the claim in words, positive form, without quotation marks
 * @param contentSpans the content this reading covers: the attribution's content, or one sentence or clause of
 *                     it when the content holds several claims ("A, but no B")
 */
public record StanceReading(Stance stance, List<CharSpan> claimSpans, String claimLabel,
                            List<CharSpan> contentSpans) {
}
