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
 * Finds the attitude someone takes toward a topic, told by a predicate adjective: "Roe was upfront about X", "the
 * growers are uneasy about X". The adjective must be the predicate of a copula with a subject of its own, and its
 * topic must follow one of the prepositions of {@code attitude-adjective-prepositions.tsv}. An adjective inside
 * what someone else says ("Roe said they were uneasy about X") is that report's content, not a report of its own.
 */
public final class AttitudeAdjective {

    private static final Set<String> PREPOSITIONS = TsvResource.words("attitude-adjective-prepositions.tsv");
    /** Subjects that name no holder of an attitude: "what is scary about X", "it is odd about X". */
    private static final Set<String> NO_HOLDER_TAGS = Set.of("WP", "WDT", "EX");

    /**
     * True when an adjective before this word may open a topic this class reads ("uneasy" before "about"): the
     * parse selection asks before any tree exists.
     */
    public static boolean opensTopic(String nextWord) {
        return nextWord != null && PREPOSITIONS.contains(nextWord.toLowerCase(Locale.ROOT));
    }

    /** The attributions of the article's predicate adjectives of attitude that no other reading has taken. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord adjective : s.nodes()) {
                if (adjective.tag() == null || !adjective.tag().startsWith("JJ")) {
                    continue;
                }
                attribution(doc.text(), s, adjective, quotes)
                        .filter(a -> found.stream().noneMatch(o -> readElsewhere(a, o)))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * True when another reading already took these words (its cue meets ours, or our content holds its cue), or
     * when our cue lies in what another says.
     */
    private static boolean readElsewhere(Attribution a, Attribution other) {
        return other.cue().overlaps(a.cue()) || a.content().stream().anyMatch(other.cue()::overlaps)
                || other.content().stream().anyMatch(a.cue()::overlaps);
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord adjective,
                                                     List<CharSpan> quotes) {
        List<IndexedWord> copulas = s.children(adjective, "cop");
        Optional<IndexedWord> subject = s.child(adjective, "nsubj")
                .filter(n -> n.index() < adjective.index() && !NO_HOLDER_TAGS.contains(n.tag()));
        if (copulas.isEmpty() || subject.isEmpty() || subject.get().word().equalsIgnoreCase("it")) {
            return Optional.empty();
        }
        Optional<IndexedWord> topic = java.util.stream.Stream.concat(s.children(adjective, "obl").stream(),
                        s.children(adjective, "nmod").stream())
                .filter(n -> n.index() > adjective.index())
                .filter(n -> s.children(n, "case").stream()
                        .anyMatch(c -> PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT))))
                .findFirst();
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> mention = CueFrames.mention(s, subject.get(), text, quotes);
        Optional<CharSpan> content = TreeSpans.subtree(s, topic.get(), s.children(topic.get(), "case"), text);
        if (mention.isEmpty() || content.isEmpty() || content.get().overlaps(mention.get().span())) {
            return Optional.empty();
        }
        CharSpan cue = cueSpan(s, adjective, topic.get(), subject.get());
        if (cue.overlaps(content.get()) || cue.overlaps(mention.get().span())) {
            return Optional.empty();
        }
        QuoteKind kind = QuoteKind.indirectOrMixed(List.of(content.get()), quotes);
        return Optional.of(new Attribution(mention, cue, adjective.lemma().toLowerCase(Locale.ROOT),
                List.of(content.get()), kind, s.index()));
    }

    /**
     * The cue words as annotators mark them: from the copula and its auxiliaries after the subject ("should be",
     * "was less") through the adjective to the preposition that opens the topic ("was less shy about").
     */
    private static CharSpan cueSpan(ParsedSentence s, IndexedWord adjective, IndexedWord topic, IndexedWord subject) {
        List<Integer> tokens = new ArrayList<>(List.of(adjective.index()));
        for (String rel : List.of("cop", "aux", "neg", "advmod")) {
            s.children(adjective, rel).stream()
                    .filter(m -> m.index() > subject.index() && m.index() < adjective.index())
                    .forEach(m -> tokens.add(m.index()));
        }
        s.children(topic, "case").forEach(c -> tokens.add(c.index()));
        return TreeSpans.span(s, tokens, "").orElse(new CharSpan(s.token(adjective.index()).beginPosition(),
                s.token(adjective.index()).endPosition()));
    }
}
