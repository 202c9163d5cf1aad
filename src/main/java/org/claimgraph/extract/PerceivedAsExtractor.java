package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds how someone or something is perceived, with no one named as perceiving it: "the states are seen as
 * opportunities for X", "a firm increasingly viewed as a news site". The content is the thing perceived and the
 * "as" phrase, in two pieces; there is no source.
 */
final class PerceivedAsExtractor {

    /** Verbs whose passive with "as" reports a shared perception (see, view, regard, …). */
    private static final Set<String> VERBS = TsvResource.words("perceived-as.tsv");

    /** True for a verb whose agentless passive this extractor reads (see, view, regard, …). */
    static boolean isPerceptionVerb(String lemma) {
        return lemma != null && VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Attributions of agentless passive perception with "as", outside quotations. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord verb : s.nodes()) {
                int at = s.token(verb.index()).beginPosition();
                boolean perception = "VBN".equals(verb.tag()) && VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
                if (perception && quotes.stream().noneMatch(q -> q.contains(at))
                        && CueFrames.agent(s, verb).isEmpty()) {
                    attribution(doc.text(), s, verb, quotes).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord verb,
                                                     List<CharSpan> quotes) {
        Optional<IndexedWord> as = asPhrase(s, verb);
        Optional<CharSpan> perceived = perceived(text, s, verb);
        if (as.isEmpty() || perceived.isEmpty()) {
            return Optional.empty();
        }
        Optional<CharSpan> role = TreeSpans.subtree(s, as.get(), List.of(), text);
        if (role.isEmpty() || perceived.get().overlaps(role.get())) {
            return Optional.empty();
        }
        List<CharSpan> content = new ArrayList<>(List.of(perceived.get(), role.get()));
        content.sort(null);
        CharSpan cue = CueFrames.cueSpan(s, verb, Optional.empty(), role.get());
        if (content.stream().anyMatch(c -> c.overlaps(cue))) {
            return Optional.empty();
        }
        QuoteKind kind = QuoteKind.indirectOrMixed(content, quotes);
        return Optional.of(new Attribution(Optional.empty(), cue, verb.lemma().toLowerCase(Locale.ROOT), content,
                kind, s.index()));
    }

    /** The phrase after the verb that "as" opens ("as opportunities", "as critical"), with its "as". */
    private static Optional<IndexedWord> asPhrase(ParsedSentence s, IndexedWord verb) {
        for (String rel : List.of("obl", "advcl", "xcomp")) {
            for (IndexedWord d : s.children(verb, rel)) {
                boolean opensWithAs = d.index() > verb.index() && (s.children(d, "case").stream()
                        .anyMatch(c -> c.word().equalsIgnoreCase("as")) || s.children(d, "mark").stream()
                        .anyMatch(c -> c.word().equalsIgnoreCase("as")));
                if (opensWithAs) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** What is perceived: the passive subject, or the noun the participle describes ("a state seen as …"). */
    private static Optional<CharSpan> perceived(String text, ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> subject = s.children(verb, "nsubj:pass").stream().findFirst();
        if (subject.isPresent()) {
            return TreeSpans.subtree(s, subject.get(), List.of(), text);
        }
        Optional<IndexedWord> noun = s.parent(verb).filter(n -> n.tag() != null && n.tag().startsWith("NN"));
        if (noun.isPresent() && s.relationToParent(verb).startsWith("acl") && noun.get().index() < verb.index()) {
            return TreeSpans.subtree(s, noun.get(), List.of(verb), text);
        }
        return Optional.empty();
    }
}
