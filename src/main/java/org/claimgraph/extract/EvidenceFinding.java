package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * "A June poll found Roe leading", "the inquiry found nothing new": a record or an inquiry reports what it finds,
 * object and all, while a person who "found the car" reports nothing; so a cue with the finding frame takes its
 * object as content only under such a subject ({@code evidence-nouns.tsv}).
 */
final class EvidenceFinding {

    /** Nouns of records and inquiries whose findings are reported, from {@code evidence-nouns.tsv}. */
    private static final Set<String> EVIDENCE_NOUNS = TsvResource.words("evidence-nouns.tsv");

    private EvidenceFinding() {
    }

    /**
     * True when the cue takes its object in the finding frame, its subject is a record or an inquiry, and the object
     * follows it with no comma between: in "P, a poll finds, a result that surprised the board" the phrase after the
     * comma is the writer's comment on P, not what was found.
     */
    static boolean takesObject(ParsedSentence s, IndexedWord verb, CueLexicon.Cue cue) {
        return cue.takes(CueLexicon.Frame.FINDING) && s.children(verb, "nsubj").stream()
                .anyMatch(n -> n.lemma() != null && EVIDENCE_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT)))
                && s.child(verb, "obj").filter(o -> o.index() > verb.index())
                        .map(o -> s.subtree(o, List.of()).get(0))
                        .filter(first -> IntStream.range(verb.index() + 1, first).noneMatch(s::isPunctuation))
                        .isPresent();
    }
}
