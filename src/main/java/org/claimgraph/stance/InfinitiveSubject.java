package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.CueFrames;
import org.claimgraph.lexicon.TsvResource;

/**
 * Gives a claim read as a to-infinitive the subject its controller supplies, as a label edit on its "to": "The
 * council aims to promote research" is labelled "The council will promote research", "urged voters to reject the
 * plan" and "ordered the club to hold an inquiry" are labelled "Voters should reject the plan" and "The club should
 * hold an inquiry". Only the label changes; the claim's spans stay as extracted.
 */
final class InfinitiveSubject {

    /** Modals standing in for "to", by who does the infinitive ({@code infinitive-modals.tsv}). */
    private static final Map<String, String> MODALS = TsvResource.pairs("infinitive-modals.tsv");
    /** Verbs whose subject does the infinitive even when they have an object ("promised voters to fight on"). */
    private static final Set<String> SUBJECT_CONTROL = TsvResource.words("subject-control.tsv");
    /** Parts of a controller phrase left out of a label: asides, relative clauses, commas. */
    private static final Set<String> ASIDES = Set.of("appos", "acl", "punct", "parataxis", "dep");
    /** How far up a chain of infinitives ("are believed to have agreed to instruct") a controller is looked for. */
    private static final int MAX_CHAIN = 3;

    private InfinitiveSubject() {
    }

    /** The edit that gives a one-piece claim opening with a controlled to-infinitive its doer; none otherwise. */
    static List<LabelEdit> edits(ParsedArticle doc, List<CharSpan> spans) {
        if (spans.size() != 1) {
            return List.of();
        }
        CharSpan claim = spans.get(0);
        return doc.sentenceAt(claim.begin()).filter(ParsedSentence::hasTree)
                .flatMap(s -> edit(s, doc.text(), claim)).map(List::of).orElse(List.of());
    }

    private static Optional<LabelEdit> edit(ParsedSentence s, String text, CharSpan claim) {
        List<Integer> words = words(s, claim);
        for (int i = 0; i < words.size(); i++) {
            int to = words.get(i);
            boolean infinitive = "TO".equals(s.tag(to)) && to < s.tokens().size() && "VB".equals(s.tag(to + 1));
            if (!infinitive) {
                continue;
            }
            IndexedWord verb = s.node(to + 1);
            Optional<IndexedWord> governor = verb == null ? Optional.empty() : s.parent(verb);
            // "was keen to know": only a verb's infinitive complement is done by its subject or object.
            if (governor.isEmpty() || !"xcomp".equals(s.relationToParent(verb))
                    || !s.tag(governor.get().index()).startsWith("VB")) {
                return Optional.empty();
            }
            CharSpan toSpan = new CharSpan(s.token(to).beginPosition(), s.token(to).endPosition());
            return i == 0 ? subjectEdit(s, text, governor.get(), toSpan)
                    : objectEdit(s, governor.get(), words.subList(0, i), toSpan);
        }
        return Optional.empty();
    }

    /**
     * "aims to promote": the governing verb's object does the infinitive when it has one ("urged voters to"), else
     * its subject, up a chain of infinitives whose first verb holds it.
     */
    private static Optional<LabelEdit> subjectEdit(ParsedSentence s, String text, IndexedWord governor, CharSpan to) {
        IndexedWord verb = governor;
        for (int step = 0; step < MAX_CHAIN; step++) {
            if (hasOblBefore(s, verb, to)) {
                // "called on the club to act": a doer named after a preposition is not read here.
                return Optional.empty();
            }
            Optional<IndexedWord> object = s.child(verb, "obj");
            if (object.isPresent() && !SUBJECT_CONTROL.contains(Lemmas.lowerOf(verb))) {
                // "announced a plan to cut": an object that cannot act does nothing, and the parse may have hung
                // the noun's own infinitive on the verb.
                return CueFrames.canAct(s, object.get())
                        ? phrase(s, text, object.get()).map(p -> new LabelEdit(to, p + " " + MODALS.get("object")))
                        : Optional.empty();
            }
            Optional<IndexedWord> subject = s.child(verb, "nsubj");
            if (subject.isPresent()) {
                boolean relative = s.tag(subject.get().index()).startsWith("W");
                return relative ? Optional.empty()
                        : phrase(s, text, subject.get()).map(p -> new LabelEdit(to, p + " " + MODALS.get("subject")));
            }
            if (!"xcomp".equals(s.relationToParent(verb)) || s.parent(verb).isEmpty()) {
                return Optional.empty();
            }
            verb = s.parent(verb).get();
        }
        return Optional.empty();
    }

    private static boolean hasOblBefore(ParsedSentence s, IndexedWord verb, CharSpan to) {
        return s.children(verb, "obl").stream()
                .anyMatch(o -> o.index() > verb.index() && s.token(o.index()).endPosition() <= to.begin());
    }

    /**
     * "ordered the club to hold": the claim opens with the governing verb's object, which does the infinitive when it
     * can act, so its "to" becomes the object's modal; "criticised the decision to send" is the noun's infinitive.
     */
    private static Optional<LabelEdit> objectEdit(ParsedSentence s, IndexedWord governor, List<Integer> before,
            CharSpan to) {
        Optional<IndexedWord> object = s.child(governor, "obj");
        if (object.isEmpty() || SUBJECT_CONTROL.contains(Lemmas.lowerOf(governor)) || !CueFrames.canAct(s, object.get())) {
            return Optional.empty();
        }
        List<Integer> objectWords = s.subtree(object.get(), List.of());
        return objectWords.containsAll(before) ? Optional.of(new LabelEdit(to, MODALS.get("object")))
                : Optional.empty();
    }

    /** The controller's words as written, without asides ("Mr Howard, whose parents fled," is "Mr Howard"). */
    private static Optional<String> phrase(ParsedSentence s, String text, IndexedWord head) {
        List<IndexedWord> cut = new ArrayList<>();
        for (IndexedWord node : s.nodes()) {
            boolean child = s.parent(node).map(p -> p.index() == head.index()).orElse(false);
            if (child && ASIDES.contains(s.baseRelationToParent(node))) {
                cut.add(node);
            }
        }
        List<Integer> kept = s.subtree(head, cut);
        if (kept.isEmpty() || kept.get(kept.size() - 1) - kept.get(0) + 1 != kept.size()) {
            return Optional.empty();
        }
        CoreLabel first = s.token(kept.get(0));
        CoreLabel last = s.token(kept.get(kept.size() - 1));
        return Optional.of(text.substring(first.beginPosition(), last.endPosition()));
    }

    /** Token indices of the claim's words, punctuation and quotation marks left out. */
    private static List<Integer> words(ParsedSentence s, CharSpan claim) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= s.tokens().size(); i++) {
            CoreLabel t = s.token(i);
            if (t.beginPosition() >= claim.begin() && t.endPosition() <= claim.end() && !s.isPunctuation(i)) {
                out.add(i);
            }
        }
        return out;
    }

}
