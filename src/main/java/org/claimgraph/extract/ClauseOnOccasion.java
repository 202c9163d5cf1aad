package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * A cue's clause that the parser hung on a hearer or an occasion after the cue: "saying at a campaign event last week
 * that P", "warning followers on social media and in interviews that P", "reminding viewers that P".
 */
final class ClauseOnOccasion {

    /** Nouns for those addressed and for where a saying happens, which take no clause of their own. */
    private static final Set<String> HOSTS = TsvResource.words("hearers-and-occasions.tsv");
    /** Relations that keep a noun within the cue's own phrase: its objects and prepositional phrases. */
    private static final Set<String> PHRASE_LINKS = Set.of("obj", "iobj", "obl", "nmod", "conj");

    private ClauseOnOccasion() {
    }

    /**
     * The head of a clause opened by "that" that hangs on a noun of hearers-and-occasions.tsv after the cue, the noun
     * being reached from the cue through objects and prepositional phrases only (not through another verb).
     */
    static Optional<IndexedWord> clause(ParsedSentence s, IndexedWord verb) {
        for (IndexedWord node : s.nodes()) {
            // A relative clause ("the rally that the union organised") hangs as acl:relcl, its "that" a subject
            // or object; the misplaced content clause hangs as ccomp, its "that" a marker (often read as "dep").
            boolean clauseLink = s.relationToParent(node).equals("ccomp");
            if (!clauseLink || node.index() < verb.index() || !openedByThat(s, node)) {
                continue;
            }
            Optional<IndexedWord> host = s.parent(node);
            if (host.isPresent() && host.get().index() > verb.index() && isHost(host.get())
                    && withinPhrase(s, host.get(), verb) && noVerbBetween(s, verb, host.get())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** True when the clause's first word is "that" hung as its marker, or as an unclassified dependent. */
    private static boolean openedByThat(ParsedSentence s, IndexedWord clause) {
        int first = s.subtree(clause, java.util.List.of()).get(0);
        IndexedWord word = s.node(first);
        String rel = s.relationToParent(word);
        return word.word().equalsIgnoreCase("that") && s.parent(word).map(clause::equals).orElse(false)
                && (rel.equals("mark") || rel.equals("dep"));
    }

    /**
     * True when no verb or participle stands between the cue and the noun: in "answered, warning commuters on the
     * radio that P" (with "warning" read as an adjective of "commuters") the clause is the participle's, not the cue's.
     */
    private static boolean noVerbBetween(ParsedSentence s, IndexedWord verb, IndexedWord noun) {
        for (int i = verb.index() + 1; i < noun.index(); i++) {
            if (s.tag(i).startsWith("VB") || s.tag(i).equals("MD")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHost(IndexedWord noun) {
        return noun.tag() != null && noun.tag().startsWith("NN")
                && HOSTS.contains(noun.lemma().toLowerCase(Locale.ROOT));
    }

    /** True when the noun hangs on the verb through objects, prepositional phrases and conjuncts only. */
    private static boolean withinPhrase(ParsedSentence s, IndexedWord noun, IndexedWord verb) {
        IndexedWord at = noun;
        while (true) {
            String base = s.baseRelationToParent(at);
            Optional<IndexedWord> up = s.parent(at);
            if (!PHRASE_LINKS.contains(base) || up.isEmpty()) {
                return false;
            }
            if (up.get().equals(verb)) {
                return true;
            }
            at = up.get();
            if (at.tag() != null && at.tag().startsWith("VB")) {
                return false;
            }
        }
    }
}
