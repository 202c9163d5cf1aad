package org.claimgraph.stance;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.CharSpan;

/**
 * What a content, or one part of it, says about its claim, before the cue is taken into account.
 *
 * @param contentSpans  the part of the content read: all of it, or one sentence or clause of it
 * @param claimSpans    where the claim is written: the content, the clause or noun phrase it judges ("the
 *                      reports" of "the reports are untrue"), or its contrastive point ("…, but no unit is …")
 * @param edits         what the label changes to put the claim in positive form, without distance markers
 * @param negated       the claim as written is negated ("no school is closed"); the edits undo the negation
 * @param judgement     the content calls the claim true (true) or false (false): "are untrue", "is not true";
 *                      empty when it judges nothing
 * @param distanced     a distance marker sits on the content's head ("the so-called plan", "allegedly did")
 * @param interrogative the content is a question: "whether P", "if P", or a quotation asking one
 */
record ContentReading(List<CharSpan> contentSpans, List<CharSpan> claimSpans, List<LabelEdit> edits,
                      boolean negated, Optional<Boolean> judgement, boolean distanced, boolean interrogative) {

    /** A content that says nothing about its claim: the claim is the content as written. */
    static ContentReading plain(List<CharSpan> content) {
        return new ContentReading(content, content, List.of(), false, Optional.empty(), false, false);
    }

    /** True when the content itself turns the stance: by negation or by judging its claim. */
    boolean marked() {
        return negated || judgement.isPresent();
    }

    /** The same reading of a wider part of the content: a negated claim widens with it, a judged one stays. */
    ContentReading withContent(List<CharSpan> content) {
        List<CharSpan> claim = claimSpans.equals(contentSpans) ? content : claimSpans;
        return new ContentReading(content, claim, edits, negated, judgement, distanced, interrogative);
    }
}
