package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds attributions around cue nouns: "X's claim that P", "the claim by X that P", "X made the claim that P",
 * and "a statement regarding P was made by X".
 */
final class CueNounExtractor {

    /** Prepositions that introduce a cue noun's content ("a statement regarding P", "claims about P"). */
    static final Set<String> CONTENT_PREPOSITIONS = Set.of("regarding", "about", "on", "concerning", "over",
            "of", "for", "against");

    /** Attributions headed by a cue noun. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord noun : s.nodes()) {
                if (noun.tag() != null && noun.tag().startsWith("NN") && CueNouns.stanceOf(noun.lemma()).isPresent()) {
                    attribution(doc.text(), s, noun, quotes).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord noun,
                                                     List<CharSpan> quotes) {
        Optional<IndexedWord> content = contentHead(s, noun);
        Optional<IndexedWord> source = sourceHead(s, noun);
        if (content.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        Optional<CharSpan> contentSpan = TreeSpans.subtree(s, content.get(), s.children(content.get(), "case"), text);
        Optional<Mention> mention = CueFrames.mention(s, source.get(), text, quotes);
        if (contentSpan.isEmpty() || mention.isEmpty() || contentSpan.get().overlaps(mention.get().span())) {
            return Optional.empty();
        }
        CharSpan cue = cueSpan(s, noun, content.get());
        if (cue.overlaps(contentSpan.get())) {
            return Optional.empty();
        }
        QuoteKind kind = quotes.stream().anyMatch(q -> q.overlaps(contentSpan.get())) ? QuoteKind.MIXED
                : QuoteKind.INDIRECT;
        return Optional.of(new Attribution(mention, cue, noun.lemma().toLowerCase(), List.of(contentSpan.get()),
                kind, s.index()));
    }

    /**
     * The cue words: the noun, the light verb that makes it an act ("issued a statement", "voiced concerns"), and
     * the preposition that hands over to the content ("criticism of"), as annotators mark noun cues.
     */
    private static CharSpan cueSpan(ParsedSentence s, IndexedWord noun, IndexedWord content) {
        List<Integer> tokens = new ArrayList<>(List.of(noun.index()));
        Optional<IndexedWord> verb = s.parent(noun).filter(v -> CueNouns.isLightVerb(v.lemma()));
        if (verb.isPresent() && s.relationToParent(noun).equals("obj") && verb.get().index() < noun.index()) {
            tokens.add(verb.get().index());
            for (String rel : List.of("aux", "neg")) {
                s.children(verb.get(), rel).forEach(a -> tokens.add(a.index()));
            }
        }
        s.children(content, "case").stream()
                .filter(c -> c.index() > noun.index() && c.index() < content.index())
                .forEach(c -> tokens.add(c.index()));
        return TreeSpans.span(s, tokens, "")
                .orElse(new CharSpan(s.token(noun.index()).beginPosition(), s.token(noun.index()).endPosition()));
    }

    /**
     * The content: a clause ("claim that P") or a phrase introduced by "regarding", "about", "on", or by a
     * preposition of the noun's own ("a swipe at X").
     */
    private static Optional<IndexedWord> contentHead(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> clause = s.child(noun, "acl").or(() -> s.child(noun, "ccomp"));
        if (clause.isPresent() && s.children(clause.get(), "mark").stream()
                .anyMatch(m -> m.word().equalsIgnoreCase("that"))) {
            return clause;
        }
        for (IndexedWord nmod : s.children(noun, "nmod")) {
            // "a statement on Tuesday", "comments on condition of anonymity": when and on what terms, not what about.
            if (TimeWords.isTime(nmod) || TermsOfSpeaking.names(s, nmod)) {
                continue;
            }
            boolean introduced = s.children(nmod, "case").stream()
                    .map(c -> c.word().toLowerCase())
                    .anyMatch(c -> (CONTENT_PREPOSITIONS.contains(c) && !CueNouns.takesOnlyOwnPrepositions(noun.lemma()))
                            || CueNouns.ownPrepositions(noun.lemma()).contains(c));
            if (introduced) {
                return Optional.of(nmod);
            }
        }
        return ownPhraseOnLightVerb(s, noun);
    }

    /**
     * "Took a swipe at X": the parser often hangs the noun's own phrase on the light verb that carries it; taken
     * only for the noun's own prepositions, as the common ones on a verb ("made a statement on Monday") name
     * times and places.
     */
    private static Optional<IndexedWord> ownPhraseOnLightVerb(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> verb = s.parent(noun).filter(v -> CueNouns.isLightVerb(v.lemma()));
        if (verb.isEmpty() || !s.relationToParent(noun).equals("obj")) {
            return Optional.empty();
        }
        return s.children(verb.get(), "obl").stream()
                .filter(o -> o.index() > noun.index())
                .filter(o -> s.children(o, "case").stream()
                        .anyMatch(c -> CueNouns.ownPrepositions(noun.lemma()).contains(c.word().toLowerCase())))
                .findFirst();
    }

    /** The source: a possessor ("Trump's claim"), "by X", or the agent or subject of a light verb. */
    private static Optional<IndexedWord> sourceHead(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> possessor = s.child(noun, "nmod:poss")
                .filter(p -> !p.tag().equals("PRP$") || !p.word().equalsIgnoreCase("its"));
        if (possessor.isPresent()) {
            return possessor;
        }
        for (IndexedWord nmod : s.children(noun, "nmod")) {
            if (s.children(nmod, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("by"))) {
                return Optional.of(nmod);
            }
        }
        // "X is a supporter of Y": the subject of the copula; "X, a critic of Y": the name in apposition.
        Optional<IndexedWord> subject = s.child(noun, "nsubj").filter(n -> !s.children(noun, "cop").isEmpty());
        if (subject.isPresent()) {
            return subject;
        }
        if (s.relationToParent(noun).equals("appos")) {
            return s.parent(noun);
        }
        Optional<IndexedWord> verb = s.parent(noun).filter(v -> CueNouns.isLightVerb(v.lemma()));
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        String rel = s.relationToParent(noun);
        if (rel.equals("nsubj:pass")) {
            return CueFrames.agent(s, verb.get());
        }
        if (rel.equals("obj")) {
            return s.children(verb.get(), "nsubj").stream().filter(n -> !s.relationToParent(n).equals("nsubj:pass"))
                    .findFirst();
        }
        return Optional.empty();
    }
}
