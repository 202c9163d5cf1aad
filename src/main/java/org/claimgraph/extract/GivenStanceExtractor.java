package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds stances that one party gives and another receives: "X won the endorsement of Y", "the plan drew criticism
 * from Y", "X faced opposition from Y to Z". The giver is the source; the content is the noun's own phrase ("to
 * Z"), else the one who receives the stance.
 */
final class GivenStanceExtractor {

    /** A stance noun: the prepositions that introduce its giver and those that introduce its content. */
    private record StanceNoun(Set<String> giverPrepositions, Set<String> contentPrepositions) {
    }

    private static final Map<String, StanceNoun> NOUNS = loadNouns();
    private static final Set<String> RECEIVING_VERBS = TsvResource.words("receiving-verbs.tsv");
    /** Single negating words of negation.tsv that negate a verb or a noun they modify ("not", "never", "no"). */
    private static final Set<String> NEGATIONS = loadNegations();
    /** Words that make a received stance a share of a poll or a vote ("support from 40 percent of voters"). */
    private static final Set<String> SHARE_WORDS = TsvResource.words("share-words.tsv");
    /** Prepositions of a giver the parser hangs on the receiving verb ("drew criticism from Y"). */
    private static final Set<String> VERB_GIVER_PREPOSITIONS = TsvResource.words("verb-giver-prepositions.tsv");

    /** Attributions of received stances, outside quotations. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes) {
        List<Attribution> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (IndexedWord noun : s.nodes()) {
                StanceNoun kind = noun.tag() != null && noun.tag().startsWith("NN")
                        ? NOUNS.get(noun.lemma().toLowerCase(Locale.ROOT)) : null;
                int at = s.token(noun.index()).beginPosition();
                if (kind != null && quotes.stream().noneMatch(q -> q.contains(at))) {
                    attribution(doc.text(), s, noun, kind, quotes).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s, IndexedWord noun, StanceNoun kind,
                                                     List<CharSpan> quotes) {
        Optional<IndexedWord> verb = receivingVerb(s, noun);
        Optional<IndexedWord> giver = verb.flatMap(v -> giver(s, noun, v, kind));
        if (giver.isEmpty() || isShare(s, noun) || isShare(s, giver.get())) {
            return Optional.empty();
        }
        Optional<IndexedWord> own = phraseOf(s, noun, kind.contentPrepositions());
        Optional<CharSpan> content = own.isPresent()
                ? TreeSpans.subtree(s, own.get(), s.children(own.get(), "case"), text)
                : receiver(text, s, verb.get());
        Optional<Mention> source = CueFrames.mention(s, giver.get(), text, quotes);
        if (content.isEmpty() || source.isEmpty() || content.get().overlaps(source.get().span())) {
            return Optional.empty();
        }
        CharSpan cue = cueSpan(s, verb.get(), noun, content.get());
        if (cue.overlaps(content.get()) || cue.overlaps(source.get().span())) {
            return Optional.empty();
        }
        QuoteKind quoteKind = QuoteKind.indirectOrMixed(List.of(content.get()), quotes);
        return Optional.of(new Attribution(source, cue, noun.lemma().toLowerCase(Locale.ROOT), List.of(content.get()),
                quoteKind, s.index()));
    }

    /**
     * The one who receives the stance: the verb's subject, or, when that is a relative pronoun ("the plan, which drew
     * criticism from Y"), the noun the relative clause describes, without the clause; a pronoun is no content.
     */
    private static Optional<CharSpan> receiver(String text, ParsedSentence s, IndexedWord verb) {
        Optional<IndexedWord> subject = s.child(verb, "nsubj");
        if (subject.isEmpty() || !PosTags.isRelativePronoun(subject.get().tag())) {
            return subject.flatMap(r -> TreeSpans.subtree(s, r, List.of(), text));
        }
        return s.relationToParent(verb).equals("acl:relcl")
                ? s.parent(verb).flatMap(n -> TreeSpans.subtree(s, n, List.of(verb), text)) : Optional.empty();
    }

    /**
     * The receiving verb whose object the noun is, stated as a fact: not under a modal or "to" ("will face
     * opposition", "hopes to win support" say what may come) and not negated ("has not received the endorsement
     * of Y" gives Y no stance to attribute).
     */
    private static Optional<IndexedWord> receivingVerb(ParsedSentence s, IndexedWord noun) {
        if (!s.relationToParent(noun).equals("obj")) {
            return Optional.empty();
        }
        return s.parent(noun)
                .filter(v -> RECEIVING_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT)))
                .filter(v -> s.children(v, "aux").stream().noneMatch(a -> "MD".equals(a.tag())))
                .filter(v -> s.children(v, "mark").stream().noneMatch(m -> m.word().equalsIgnoreCase("to")))
                .filter(v -> !negated(s, v, List.of("advmod", "neg")) && !negated(s, noun, List.of("det", "neg")));
    }

    private static boolean negated(ParsedSentence s, IndexedWord word, List<String> relations) {
        return relations.stream().flatMap(r -> s.children(word, r).stream())
                .anyMatch(w -> NEGATIONS.contains(w.word().toLowerCase(Locale.ROOT)));
    }

    /** The giver: a phrase of the noun's giver prepositions on the noun, or hung by the parser on the verb. */
    private static Optional<IndexedWord> giver(ParsedSentence s, IndexedWord noun, IndexedWord verb, StanceNoun kind) {
        return phraseOf(s, noun, kind.giverPrepositions())
                .or(() -> s.children(verb, "obl").stream()
                        .filter(o -> o.index() > noun.index() && introducedBy(s, o, VERB_GIVER_PREPOSITIONS))
                        .findFirst());
    }

    /** The noun's first modifying phrase introduced by one of the prepositions, if any. */
    private static Optional<IndexedWord> phraseOf(ParsedSentence s, IndexedWord noun, Set<String> prepositions) {
        return s.children(noun, "nmod").stream().filter(n -> introducedBy(s, n, prepositions)).findFirst();
    }

    private static boolean introducedBy(ParsedSentence s, IndexedWord phrase, Set<String> prepositions) {
        return s.children(phrase, "case").stream().anyMatch(c -> prepositions.contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /** True when a number or a word of shares modifies the word: a poll's or a vote's share, not one giver's stance. */
    private static boolean isShare(ParsedSentence s, IndexedWord word) {
        return s.children(word, "nummod").size() > 0
                || SHARE_WORDS.contains(word.word().toLowerCase(Locale.ROOT))
                || s.children(word, "nmod").stream().anyMatch(n -> SHARE_WORDS.contains(n.word().toLowerCase(Locale.ROOT)))
                || s.children(word, "amod").stream().anyMatch(n -> "CD".equals(n.tag()));
    }

    /**
     * The cue: the receiving verb with its auxiliaries and adverbs, and the noun with its determiner and adjectives
     * ("has drawn sharp criticism"), as a light verb joins a cue noun ("made a statement"); the preposition before
     * the giver stays out, as "by" before a source does.
     */
    private static CharSpan cueSpan(ParsedSentence s, IndexedWord verb, IndexedWord noun, CharSpan content) {
        CharSpan verbPart = CueFrames.cueSpan(s, verb, Optional.empty(), content);
        List<Integer> tokens = new ArrayList<>(List.of(noun.index()));
        for (String rel : List.of("det", "amod", "advmod")) {
            s.children(noun, rel).stream().filter(m -> m.index() < noun.index()).forEach(m -> tokens.add(m.index()));
        }
        CharSpan nounPart = TreeSpans.span(s, tokens, "")
                .orElse(new CharSpan(s.token(noun.index()).beginPosition(), s.token(noun.index()).endPosition()));
        return new CharSpan(Math.min(verbPart.begin(), nounPart.begin()), Math.max(verbPart.end(), nounPart.end()));
    }

    private static Set<String> loadNegations() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] r : TsvResource.rows("negation.tsv")) {
            if (r.length > 1 && Set.of("adverb", "quantifying", "determiner").contains(r[1].strip()) && !r[0].contains(" ")) {
                out.add(r[0].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, StanceNoun> loadNouns() {
        Map<String, StanceNoun> out = new HashMap<>();
        for (String[] r : TsvResource.rows("given-stance-nouns.tsv")) {
            out.put(r[0].toLowerCase(Locale.ROOT), new StanceNoun(column(r, 1), column(r, 2)));
        }
        return Map.copyOf(out);
    }

    /** The comma-separated words of a row's column, lower case; none when the row has no such column. */
    private static Set<String> column(String[] row, int i) {
        return i >= row.length ? Set.of() : Arrays.stream(row[i].split(",")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
