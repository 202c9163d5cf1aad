package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/** The words a statement's circumstances hang on: the cue's head and, for a cue noun, the verb that carries it. */
public final class CueGovernors {

    /** Relations by which a cue noun hangs on the verb that makes it an act: "a remark was made", "issued a denial". */
    private static final Set<String> CUE_NOUN_VERB = Set.of("nsubj:pass", "obj");

    private CueGovernors() {
    }

    /** The cue's head words ("wrote"; "statement") and the verbs carrying cue nouns ("was made"). */
    public static List<IndexedWord> of(ParsedSentence s, Attribution a) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord w : s.nodes()) {
            boolean inCue = a.cue().contains(s.token(w.index()).beginPosition());
            boolean headOfCue = inCue && s.parent(w).map(p -> !a.cue().contains(s.token(p.index()).beginPosition()))
                    .orElse(true);
            if (headOfCue) {
                out.add(w);
                if (w.tag() != null && w.tag().startsWith("NN") && CUE_NOUN_VERB.contains(s.relationToParent(w))) {
                    s.parent(w).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
