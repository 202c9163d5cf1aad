package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds the verb by which a speaker issues a message that a participle cue hangs on: "X released a statement
 * saying P", "X filed a lawsuit in 2013 alleging P". PolNeAR gold makes the verb's subject the source and the
 * whole stretch from the verb to the participle the cue (see issuing-verbs.tsv for the counts).
 */
final class IssuedMessage {

    /** Verbs that put out a message of the speaker's own ("released", "filed", "wrote"). */
    private static final Set<String> ISSUING_VERBS = TsvResource.words("issuing-verbs.tsv");
    /** Messages that carry their issuer's words ("statement", "lawsuit", "letter"). */
    private static final Set<String> MESSAGES = TsvResource.words("issued-messages.tsv");

    private IssuedMessage() {
    }

    /**
     * The issuing verb of a participle cue ("released" for "saying" in "released a statement Tuesday saying"):
     * the nearest verb above the participle, reached through nouns only, with a message of the lexicon as its
     * object between the two and no punctuation anywhere between verb and participle. After a comma gold is
     * split between the whole stretch and the participle alone (5 against 8), so that case is left as it was.
     */
    static Optional<IndexedWord> issuer(ParsedSentence s, IndexedWord participle) {
        if (!"VBG".equals(participle.tag()) || !CueFrames.participleSubjects(s, participle).isEmpty()) {
            return Optional.empty();
        }
        Optional<IndexedWord> verb = verbAbove(s, participle);
        if (verb.isEmpty() || verb.get().index() > participle.index()
                || !ISSUING_VERBS.contains(verb.get().lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        IndexedWord issuing = verb.get();
        boolean message = s.children(issuing, "obj").stream()
                .anyMatch(o -> o.index() > issuing.index() && o.index() < participle.index()
                        && MESSAGES.contains(o.lemma().toLowerCase(Locale.ROOT)));
        for (int i = issuing.index() + 1; i < participle.index(); i++) {
            if (s.isPunctuation(i)) {
                return Optional.empty();
            }
        }
        return message ? verb : Optional.empty();
    }

    /**
     * True when the verb issues a message on which a cue participle hangs ("published a report detailing"): the
     * participle's attribution takes the verb into its cue, so the verb is no cue of its own.
     */
    static boolean issuesForCue(ParsedSentence s, IndexedWord verb, CueLexicon lexicon) {
        if (!ISSUING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (IndexedWord w : s.nodes()) {
            if (w.index() > verb.index() && lexicon.lookup(w.lemma()).isPresent()
                    && issuer(s, w).map(verb::equals).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The first verb among the participle's ancestors, when only nouns stand between ("statement", "Tuesday"). */
    private static Optional<IndexedWord> verbAbove(ParsedSentence s, IndexedWord participle) {
        Optional<IndexedWord> up = s.parent(participle);
        while (up.isPresent()) {
            String tag = up.get().tag() == null ? "" : up.get().tag();
            if (tag.startsWith("VB")) {
                return up;
            }
            if (!tag.startsWith("NN") && !tag.equals("CD")) {
                return Optional.empty();
            }
            up = s.parent(up.get());
        }
        return Optional.empty();
    }
}
