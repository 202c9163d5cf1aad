package org.claimgraph.group;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads a claim's signature from the words of its main clause: coordinated and appended clauses are left
 * out, and so is any content that a nested speaker is reported to have said.
 */
final class SignatureReader {

    private static final Set<String> NOISE = TsvResource.words("claim-noise.tsv");
    private static final List<String> SIDE_CLAUSES = List.of("conj", "parataxis", "advcl");

    private final WordNet wordNet;

    SignatureReader(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** The signature of the claim written at {@code spans}, ignoring words inside {@code excluded}. */
    ClaimSignature read(ParsedArticle doc, List<CharSpan> spans, List<CharSpan> excluded) {
        Set<ClaimSignature.Term> events = new HashSet<>();
        Set<ClaimSignature.Term> arguments = new HashSet<>();
        for (ParsedSentence s : doc.sentences()) {
            for (int i : mainClauseTokens(s, spans)) {
                CoreLabel t = s.token(i);
                if (excluded.stream().anyMatch(x -> x.contains(t.beginPosition()))) {
                    continue;
                }
                classify(t).ifPresent(term -> (isEvent(term) ? events : arguments).add(term));
            }
        }
        return new ClaimSignature(events, arguments);
    }

    private List<Integer> mainClauseTokens(ParsedSentence s, List<CharSpan> spans) {
        List<Integer> out = new ArrayList<>();
        for (IndexedWord w : s.nodes()) {
            if (!inside(s, w, spans)) {
                continue;
            }
            boolean top = s.parent(w).map(p -> !inside(s, p, spans)).orElse(true);
            if (top) {
                List<IndexedWord> cut = new ArrayList<>();
                SIDE_CLAUSES.forEach(rel -> cut.addAll(s.children(w, rel)));
                s.subtree(w, cut).stream().filter(i -> inside(s, s.node(i), spans)).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean inside(ParsedSentence s, IndexedWord w, List<CharSpan> spans) {
        int at = s.token(w.index()).beginPosition();
        return spans.stream().anyMatch(sp -> sp.contains(at));
    }

    private static java.util.Optional<ClaimSignature.Term> classify(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (!Character.isLetter(lemma.charAt(0)) || lemma.length() < 2 || NOISE.contains(lemma)) {
            return java.util.Optional.empty();
        }
        ClaimSignature.Kind kind;
        if (tag.startsWith("NNP")) {
            kind = ClaimSignature.Kind.NAME;
        } else if (tag.startsWith("NN")) {
            kind = ClaimSignature.Kind.NOUN;
        } else if (tag.startsWith("VB")) {
            kind = ClaimSignature.Kind.VERB;
        } else if (tag.startsWith("JJ")) {
            kind = Character.isUpperCase(t.word().charAt(0)) ? ClaimSignature.Kind.NAME : ClaimSignature.Kind.ADJECTIVE;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ClaimSignature.Term(lemma, kind));
    }

    private boolean isEvent(ClaimSignature.Term term) {
        return term.kind() == ClaimSignature.Kind.VERB
                || (term.kind() == ClaimSignature.Kind.NOUN && wordNet.isEventNoun(term.lemma()));
    }

    /** Words that never identify a proposition, from {@code claim-noise.tsv}. */
    static Set<String> noise() {
        return NOISE;
    }
}
