package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds the speaker behind a participial clause that opens the sentence and that the parser made the subject
 * ("Speaking at a rally in Reno, Nev., Roe went after Vale", with "Speaking" as subject and "Roe" hung inside
 * the clause): the noun phrase after the clause's last comma. The clause tells the circumstances, not who speaks.
 */
final class OpeningClause {

    /** Participle tags that open such a clause: "Speaking at …," and "Asked about …,". */
    private static final Set<String> PARTICIPLES = Set.of("VBG", "VBN");

    private OpeningClause() {
    }

    /**
     * The head of the noun phrase that closes a sentence-opening participial clause made subject, or empty when
     * the subject is no such clause (a gerund subject such as "Raising taxes would hurt" has no comma in it).
     */
    static Optional<IndexedWord> speakerAfter(ParsedSentence s, IndexedWord head) {
        if (!PARTICIPLES.contains(head.tag()) || head.index() != Dateline.end(s) + 1) {
            return Optional.empty();
        }
        List<Integer> tokens = s.subtree(head, List.of()).stream().sorted().toList();
        int last = tokens.get(tokens.size() - 1);
        int comma = tokens.stream().filter(i -> i < last && s.token(i).word().equals(",")).reduce((a, b) -> b)
                .orElse(0);
        if (comma == 0) {
            return Optional.empty();
        }
        // The phrase after the comma: the words there whose governor lies outside it, which must be one noun.
        List<IndexedWord> heads = tokens.stream().filter(i -> i > comma).map(s::node)
                .filter(n -> n != null && s.parent(n).map(p -> p.index() <= comma || p.index() > last).orElse(true))
                .toList();
        if (heads.size() != 1) {
            return Optional.empty();
        }
        String tag = heads.get(0).tag() == null ? "" : heads.get(0).tag();
        return tag.startsWith("NN") || tag.equals("PRP") ? Optional.of(heads.get(0)) : Optional.empty();
    }
}
