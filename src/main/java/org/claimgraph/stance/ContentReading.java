package org.claimgraph.stance;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.CharSpan;

/**
 * What a content says about its claim, before the cue is taken into account.
 *
 * @param claimSpans    where the claim is written: the content, the clause or noun phrase it judges ("the
 *                      reports" of "the reports are untrue"), or its contrastive point ("…, but no unit is …")
 * @param edits         what the label changes to put the claim in positive form, without distance markers
 * @param negated       the claim as written is negated ("no school is closed"); the edits undo the negation
 * @param judgement     the content calls the claim true (true) or false (false): "are untrue", "is not true";
 *                      empty when it judges nothing
 * @param distanced     a distance marker sits on the content's head ("the so-called plan", "allegedly did")
 * @param interrogative the content is a question: "whether P", "if P", or a quotation asking one
 */
record ContentReading(List<CharSpan> claimSpans, List<LabelEdit> edits, boolean negated,
                      Optional<Boolean> judgement, boolean distanced, boolean interrogative) {

    /** True when the content itself turns the stance: by negation or by judging its claim. */
    boolean marked() {
        return negated || judgement.isPresent();
    }
}
