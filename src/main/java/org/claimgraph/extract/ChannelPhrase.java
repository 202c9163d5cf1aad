package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Widens a cue over the phrase right after it that names the channel of the statement ("said in a statement",
 * "wrote on Facebook", "said in a statement to the AP:") or the manner it was said in ("said with a grin",
 * "explained with a shrug"). News-attribution annotation takes such a phrase into the cue; the nouns are data
 * (cue-channels.tsv, speaking-manners.tsv).
 */
final class ChannelPhrase {

    private static final Set<String> CHANNELS = TsvResource.words("cue-channels.tsv");

    /** True for a channel noun of {@code cue-channels.tsv} ("statement", "Twitter"), by its lower-case lemma. */
    static boolean isChannel(String lemma) {
        return CHANNELS.contains(lemma);
    }
    /** Prepositions that introduce a channel: "in a statement", "on Twitter". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on");
    /** Expressions a speaker says something with ("with a shrug"), so that the phrase belongs to the cue. */
    private static final Set<String> MANNERS = TsvResource.words("speaking-manners.tsv");
    /** Each preposition that opens a phrase belonging to the cue, with the nouns that phrase must name. */
    private static final Map<String, Set<String>> PHRASE_NOUNS = Map.of("in", CHANNELS, "on", CHANNELS,
            "with", MANNERS);

    /** True for a preposition that introduces a channel ("on", "in"), in any case. */
    static boolean isChannelPreposition(String word) {
        return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }
    /** Words allowed between the preposition and the channel noun: "in a brief written statement". */
    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "JJ", "NN", "NNP", "PRP$", "HYPH", "VBN");
    /** At most this many words between the preposition and the channel noun. */
    private static final int MAX_MODIFIERS = 3;
    /** Marks that end the phrase: what follows is content or another frame. */
    private static final Set<String> STOPS = Set.of(",", ":", ";", ".", "``", "''", "\"", "“", "”", "-LRB-");

    private ChannelPhrase() {
    }

    /** The cue extended over a channel or manner phrase right after it; the cue itself without one or on a clash. */
    static CharSpan widen(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                          Optional<Mention> source) {
        Optional<Integer> first = tokenStartingAtOrAfter(s, cue.end());
        Set<String> nouns = first.map(i -> PHRASE_NOUNS.get(s.token(i).word().toLowerCase(Locale.ROOT)))
                .orElse(null);
        if (nouns == null) {
            return cue;
        }
        int prep = first.get();
        // Only right after the cue: "said Monday in a statement" keeps the time word, and so the phrase, out.
        if (!text.substring(cue.end(), s.token(prep).beginPosition()).isBlank()) {
            return cue;
        }
        Optional<Integer> noun = phraseNoun(s, prep, nouns);
        if (noun.isEmpty()) {
            return cue;
        }
        int last = phraseEnd(s, noun.get());
        // A colon that hands over to the content ends the cue, as after a bare verb: "said in a statement:".
        if (last < s.tokens().size() && s.token(last + 1).word().equals(":")) {
            last++;
        }
        CharSpan wide = new CharSpan(cue.begin(), s.token(last).endPosition());
        boolean clashes = content.stream().anyMatch(wide::overlaps)
                || source.map(m -> wide.overlaps(m.span())).orElse(false);
        return clashes ? cue : wide;
    }

    /** The listed noun a few words after the preposition, if the words between only modify it. */
    private static Optional<Integer> phraseNoun(ParsedSentence s, int prep, Set<String> nouns) {
        for (int i = prep + 1; i <= Math.min(s.tokens().size(), prep + 1 + MAX_MODIFIERS); i++) {
            CoreLabel t = s.token(i);
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            if (nouns.contains(lemma.toLowerCase(Locale.ROOT)) && isNoun(t)) {
                return Optional.of(i);
            }
            if (t.tag() == null || !MODIFIER_TAGS.contains(t.tag())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The last token of the channel phrase: the noun, or the end of the words that hang on it without a break
     * ("in a statement to the AP"); a participle opens a description annotators leave out ("in a statement
     * issued an hour before the event").
     */
    private static int phraseEnd(ParsedSentence s, int noun) {
        IndexedWord node = s.node(noun);
        List<Integer> subtree = node == null ? List.of(noun) : s.subtree(node, List.of());
        int last = noun;
        while (last + 1 <= s.tokens().size() && subtree.contains(last + 1)
                && !STOPS.contains(s.token(last + 1).word()) && !STOPS.contains(s.tag(last + 1))
                && !s.tag(last + 1).startsWith("VB")) {
            last++;
        }
        return last;
    }

    private static boolean isNoun(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NN");
    }


    private static Optional<Integer> tokenStartingAtOrAfter(ParsedSentence s, int at) {
        for (CoreLabel t : s.tokens()) {
            if (t.beginPosition() >= at) {
                return Optional.of(t.index());
            }
        }
        return Optional.empty();
    }
}
