package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads a cue verb that the parser demoted to a marker of the clause it introduces: in "the union sued, saying
 * they violate the rules" and "Roe, who was in town, said they touched on X" the parser often makes "saying" or
 * "said" a "mark" or "aux" of the reported clause's verb. The clause after the cue is still its content.
 */
final class DemotedCue {

    /** Relations by which the parser demotes a cue to a marker of the clause after it. */
    private static final Set<String> DEMOTING = Set.of("mark", "aux");
    /**
     * Relations by which the parser hangs a cue right after a relative pronoun on the verb of the clause it reports,
     * making the pronoun that verb's object: "12% who say they would pay" ("discourse"), "voters who feel ignored"
     * (a verb as "nsubj").
     */
    private static final Set<String> DEMOTING_AFTER_RELATIVE = Set.of("discourse", "nsubj");
    /** Tags of a word that can name a speaker on its own. */
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "PRP");
    /** Relations of a name inside a prepositional phrase ("a memo seen by Reuters said"): it ends another's name. */
    private static final Set<String> PREPOSITIONAL = Set.of("obl", "nmod");
    /**
     * Relations through which a participle's clause hangs on the main verb whose subject it shares; "ccomp" when
     * the parser takes "declined to sign it, saying P" for a complement clause of "declined" marked by "saying".
     */
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "conj", "parataxis", "dep", "xcomp", "ccomp");
    /** Relative pronouns: "who" and "which" stand for the source but are not its name. */
    private static final Set<String> RELATIVES = TsvResource.words("relative-words.tsv");
    /** How far up the tree the source of a finite demoted cue is looked for, past a misparsed aside. */
    private static final int MAX_CLIMB = 6;

    private DemotedCue() {
    }

    /** The verb of the clause the cue was demoted into, when it follows the cue: "saying they violate": "violate". */
    static Optional<IndexedWord> clauseVerb(ParsedSentence s, IndexedWord cue) {
        Optional<IndexedWord> head = s.parent(cue);
        String relation = s.relationToParent(cue);
        boolean demoted = DEMOTING.contains(relation) || (DEMOTING_AFTER_RELATIVE.contains(relation)
                && head.flatMap(h -> relativeBefore(s, cue, h)).isPresent());
        if (!demoted || head.isEmpty() || head.get().index() <= cue.index() || !isVerb(head.get())) {
            return Optional.empty();
        }
        return head;
    }

    /** The content: the words of the demoted-into clause after the cue. */
    static List<Integer> content(ParsedSentence s, IndexedWord cue, IndexedWord clause) {
        return s.subtree(clause, List.of()).stream().filter(i -> i > cue.index()).toList();
    }

    /**
     * The source: a subject of the clause's verb before the cue ("X said they …" parsed with X on "they"'s verb);
     * for a participle ("…, saying P") the subject of the verb the clause hangs on; for a finite cue the nearest
     * noun before it up the tree, past an aside the parser broke ("Roe, who was in town, said …").
     */
    static Optional<IndexedWord> source(ParsedSentence s, IndexedWord cue, IndexedWord clause) {
        // "12% who say P": the pronoun speaks, as PolNeAR gold marks relative pronouns.
        Optional<IndexedWord> relative = relativeBefore(s, cue, clause);
        if (relative.isPresent()) {
            return relative;
        }
        Optional<IndexedWord> own = s.children(clause, "nsubj").stream()
                .filter(n -> n.index() < cue.index() && !RELATIVES.contains(n.word().toLowerCase())).findFirst();
        if (own.isPresent()) {
            return own;
        }
        if ("VBG".equals(cue.tag())) {
            boolean linked = CLAUSE_LINKS.contains(s.baseRelationToParent(clause));
            return linked ? s.parent(clause).flatMap(g -> CueFrames.sourceHead(s, g)) : Optional.empty();
        }
        IndexedWord at = clause;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Optional<IndexedWord> up = s.parent(at);
            if (up.isEmpty()) {
                return nameRightBefore(s, cue);
            }
            at = up.get();
            if (at.index() < cue.index() && at.tag() != null && at.tag().startsWith("NN")) {
                return Optional.of(at);
            }
        }
        return nameRightBefore(s, cue);
    }

    /** "… and Gates said he spoke": a name or pronoun right before the cue, when the tree offers no noun above it. */
    private static Optional<IndexedWord> nameRightBefore(ParsedSentence s, IndexedWord cue) {
        IndexedWord before = s.node(cue.index() - 1);
        boolean named = before != null && NAME_TAGS.contains(before.tag())
                && !PREPOSITIONAL.contains(s.baseRelationToParent(before));
        return named ? Optional.of(before) : Optional.empty();
    }

    /** What the source mention must leave out: the clause itself and any relative clause in the way. */
    static List<IndexedWord> notSource(ParsedSentence s, IndexedWord source, IndexedWord clause) {
        List<IndexedWord> cut = new ArrayList<>(List.of(clause));
        for (IndexedWord child : s.children(source, "dep")) {
            if (RELATIVES.contains(child.word().toLowerCase())) {
                cut.add(child);
            }
        }
        s.children(source, "acl:relcl").forEach(cut::add);
        return cut;
    }

    /** The relative pronoun right before the cue when it hangs on the clause's verb, as the misparse has it. */
    private static Optional<IndexedWord> relativeBefore(ParsedSentence s, IndexedWord cue, IndexedWord clause) {
        IndexedWord before = s.node(cue.index() - 1);
        boolean onClause = before != null && s.parent(before).map(p -> p.index() == clause.index()).orElse(false);
        return onClause && PosTags.isRelativePronoun(before.tag()) ? Optional.of(before) : Optional.empty();
    }

    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && (w.tag().startsWith("VB") || w.tag().startsWith("JJ"));
    }
}
