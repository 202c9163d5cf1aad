package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.claimgraph.extract.AttitudeAdjective;
import org.claimgraph.extract.CueClasses;
import org.claimgraph.extract.ProvokingVerbs;
import org.claimgraph.lexicon.TsvResource;

/** Decides which sentences need a dependency parse: those that can hold an attribution or a person's title. */
public final class ParseSelection {

    // Parsing is most of the annotation cost, and many news sentences need no tree. Each rule mirrors what an
    // extractor or the role finder looks for, so a new extraction pattern needs a rule here too:
    // ParseSelectionCoverageTest fails when a project article converts differently with every sentence parsed.

    /** Adverbs of hearsay ("reportedly"): the clause they modify is read from the tree. */
    private static final Set<String> HEARSAY_ADVERBS = TsvResource.words("hearsay-adverbs.tsv");
    /** Tokens before a headline colon at most, as in "U.S. Senator Jane Doe: …", plus the colon. */
    private static final int HEADLINE_NAME_TOKENS = 6;

    private final Set<String> cueVerbs;
    /** Verbs that are cues only with a particle ("rule out"), each with its particles. */
    private final Map<String, Set<String>> phrasalCueVerbs;
    private final Set<String> cueNouns;
    private final Predicate<String> cueVerbByClass;

    /** A selection keyed on the given cue verb and cue noun lemmas (any case). */
    public ParseSelection(Set<String> cueVerbs, Set<String> cueNouns) {
        this(cueVerbs, cueNouns, lemma -> false);
    }

    /** A selection keyed on cue lemmas and on verbs a test finds to be cues by their class (lower-case lemma). */
    public ParseSelection(Set<String> cueVerbs, Set<String> cueNouns, Predicate<String> cueVerbByClass) {
        this.cueVerbs = lowerCase(cueVerbs);
        this.phrasalCueVerbs = phrasal(this.cueVerbs);
        this.cueNouns = lowerCase(cueNouns);
        this.cueVerbByClass = cueVerbByClass;
    }

    /**
     * The selection over the shipped cue lexicons, {@code cues.tsv} and {@code cue-nouns.tsv} (with the poll nouns
     * of {@code poll-nouns.tsv} and the stance nouns of {@code given-stance-nouns.tsv}), and the verbs
     * their WordNet class makes cues ({@link CueClasses}) or makes stir a feeling ({@link ProvokingVerbs}): the
     * extractors read those only from a tree.
     */
    public static ParseSelection standard() {
        // The nouns of a poll or survey are keyed like cue nouns: "P in a new poll" is read from the tree.
        Set<String> nouns = new HashSet<>(TsvResource.words("cue-nouns.tsv"));
        nouns.addAll(TsvResource.words("poll-nouns.tsv"));
        // So are the stances one party gives another: "won the backing of X" is read from the tree.
        nouns.addAll(TsvResource.words("given-stance-nouns.tsv"));
        // Verbs that stir a feeling in their object ("the plan angered voters") are read from the tree too.
        return new ParseSelection(TsvResource.words("cues.tsv"), nouns,
                lemma -> CueClasses.standard().isCueVerb(lemma) || ProvokingVerbs.isProvoking(lemma));
    }

    /** The verbs of the two-word cue rows ("rule out"), each with the particles it is a cue with. */
    private static Map<String, Set<String>> phrasal(Set<String> cueVerbs) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String row : cueVerbs) {
            String[] words = row.split("\\s+");
            if (words.length == 2) {
                out.computeIfAbsent(words[0], w -> new HashSet<>()).add(words[1]);
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> lowerCase(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /**
     * True when the extractors or the role finder could use this sentence's tree: it holds a cue lemma,
     * "according" or "that", opens with "Name:", lies in a paragraph with a quotation, or gives a person's title.
     */
    public boolean needsParse(List<CoreLabel> tokens, String text) {
        return hasCueWord(tokens) || hasHeadlineColon(tokens) || touchesQuotedParagraph(tokens, text)
                || hasPersonTitle(tokens) || onSpeakerLine(tokens, text);
    }

    /**
     * A cue verb (tagged as a verb or adjective) or cue noun (tagged as a noun) by lemma, as the extractors
     * take them from the tree, whose tags are the tokens'; a verb that is a cue by its class (tagged as a verb, or
     * as an adjective for a participle); an adjective right before its topic's preposition;
     * an adverb of hearsay; "according"; or "that": the extractors take any verb with a subject and a "that" clause for a cue, in the
     * lexicon or not.
     */
    boolean hasCueWord(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String lemma = Lemmas.lowerOf(t);
            String tag = t.tag() == null ? "" : t.tag();
            boolean verb = cueVerbs.contains(lemma) && (tag.startsWith("VB") || tag.startsWith("JJ"))
                    || tag.startsWith("VB") && (cueVerbByClass.test(lemma) || particleFollows(lemma, tokens, i))
                    // A participle read as an adjective: "they were less pleased by P" (ProvokedFeelingExtractor).
                    || tag.startsWith("JJ") && cueVerbByClass.test(lemma);
            boolean noun = cueNouns.contains(lemma) && tag.startsWith("NN");
            // A predicate adjective before its topic's preposition: "was upfront about X" (AttitudeAdjective).
            boolean attitude = tag.startsWith("JJ") && i + 1 < tokens.size()
                    && AttitudeAdjective.opensTopic(tokens.get(i + 1).word());
            boolean hearsay = HEARSAY_ADVERBS.contains(t.word().toLowerCase(Locale.ROOT));
            if (verb || noun || attitude || hearsay || "according".equalsIgnoreCase(t.word())
                    || "that".equalsIgnoreCase(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** True when a particle this verb is a cue with comes later in the sentence ("ruled out", "ruled it out"). */
    private boolean particleFollows(String lemma, List<CoreLabel> tokens, int verbAt) {
        Set<String> particles = phrasalCueVerbs.getOrDefault(lemma, Set.of());
        return !particles.isEmpty() && tokens.subList(verbAt + 1, tokens.size()).stream()
                .anyMatch(t -> particles.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** "Name: what they said": the colon is the cue, and stance and claim read the rest of the sentence's tree. */
    static boolean hasHeadlineColon(List<CoreLabel> tokens) {
        for (int i = 1; i < Math.min(tokens.size(), HEADLINE_NAME_TOKENS + 1); i++) {
            if (":".equals(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A later sentence of a line that opens with "Name:": the content of such a turn runs to the end of its
     * line, and stance and claim read the trees of all its sentences.
     */
    static boolean onSpeakerLine(List<CoreLabel> tokens, String text) {
        if (tokens.isEmpty()) {
            return false;
        }
        int begin = tokens.get(0).beginPosition();
        int from = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
        int colon = text.indexOf(':', from);
        if (colon < 0 || colon >= begin) {
            return false;
        }
        String opening = text.substring(from, colon).trim();
        return !opening.isEmpty() && opening.split("\\s+").length < HEADLINE_NAME_TOKENS;
    }

    /**
     * A quotation mark (“, ”, " or '') on any line the sentence touches. Quotations never cross a line break
     * (the quote finder ends them there), so this covers every sentence inside a quotation, including the
     * middle sentences of a long one, whose trees the stance and claim stages read.
     */
    static boolean touchesQuotedParagraph(List<CoreLabel> tokens, String text) {
        if (tokens.isEmpty()) {
            return false;
        }
        int from = text.lastIndexOf('\n', Math.max(0, tokens.get(0).beginPosition() - 1)) + 1;
        int to = text.indexOf('\n', tokens.get(tokens.size() - 1).endPosition());
        int end = to < 0 ? text.length() : to;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (QuoteMarks.isQuoteCharacter(c) || (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name next to a comma or after a noun: where the role finder reads titles from the tree
     * ("Doe, head of …", "the minister, Doe", "dictator Smith", "Defense Minister Doe").
     */
    static boolean hasPersonTitle(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isPerson(tokens.get(i)) || (i > 0 && isPerson(tokens.get(i - 1)))) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && isPerson(tokens.get(last + 1))) {
                last++;
            }
            boolean titleBefore = i > 0 && (isComma(tokens.get(i - 1)) || isNoun(tokens.get(i - 1)));
            boolean commaAfter = last + 1 < tokens.size() && isComma(tokens.get(last + 1));
            if (titleBefore || commaAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(CoreLabel t) {
        return "PERSON".equals(t.ner());
    }

    private static boolean isComma(CoreLabel t) {
        return ",".equals(t.word());
    }

    private static boolean isNoun(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NN");
    }
}
