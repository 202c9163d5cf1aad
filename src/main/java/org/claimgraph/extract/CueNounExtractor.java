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
    private static final Set<String> CONTENT_PREPOSITIONS = Set.of("regarding", "about", "on", "concerning", "over",
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
        CharSpan cue = new CharSpan(s.token(noun.index()).beginPosition(), s.token(noun.index()).endPosition());
        if (cue.overlaps(contentSpan.get())) {
            return Optional.empty();
        }
        QuoteKind kind = quotes.stream().anyMatch(q -> q.overlaps(contentSpan.get())) ? QuoteKind.MIXED
                : QuoteKind.INDIRECT;
        return Optional.of(new Attribution(mention, cue, noun.lemma().toLowerCase(), List.of(contentSpan.get()),
                kind, s.index()));
    }

    /** The content: a clause ("claim that P") or a phrase introduced by "regarding", "about", "on". */
    private static Optional<IndexedWord> contentHead(ParsedSentence s, IndexedWord noun) {
        Optional<IndexedWord> clause = s.child(noun, "acl").or(() -> s.child(noun, "ccomp"));
        if (clause.isPresent() && s.children(clause.get(), "mark").stream()
                .anyMatch(m -> m.word().equalsIgnoreCase("that"))) {
            return clause;
        }
        for (IndexedWord nmod : s.children(noun, "nmod")) {
            boolean introduced = s.children(nmod, "case").stream()
                    .anyMatch(c -> CONTENT_PREPOSITIONS.contains(c.word().toLowerCase()));
            if (introduced) {
                return Optional.of(nmod);
            }
        }
        return Optional.empty();
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
