package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds the dateline that opens a story's first sentence ("BOSTON —", "LA CROSSE, Wis. -"): where the story was
 * filed, never part of who speaks. The parser often makes the place the subject and the speaker its apposition;
 * PolNeAR gold leaves the dateline out of every source that follows one (44 of 44, all 840 train articles).
 */
final class Dateline {

    /** Dashes that close a dateline, as the tokenizer writes them. */
    private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013");
    /** Punctuation inside a dateline: commas, periods and the brackets around a news agency, as tokenized. */
    private static final Set<String> BRACKETS_AND_STOPS = Set.of(",", ".", "(", ")", "-LRB-", "-RRB-");
    /** Longest dateline in tokens before its dash: a city, a comma, a state or country and their periods. */
    private static final int MAX_TOKENS = 8;

    private Dateline() {
    }

    /**
     * The index of the dash that closes the sentence's opening dateline, or 0 when it has none: the words before
     * the dash open with a word in capitals and hold only capitalised words, commas, periods and brackets, and no second
     * dash follows ("NASA - the space agency - said" sets off an apposition).
     */
    static int end(ParsedSentence s) {
        int n = s.tokens().size();
        if (n < 3 || !isCapitals(s.token(1).word())) {
            return 0;
        }
        for (int i = 2; i <= Math.min(n - 1, MAX_TOKENS + 1); i++) {
            String word = s.token(i).word();
            if (DASHES.contains(word)) {
                return closesAside(s, i) ? 0 : i;
            }
            // "MACAU (Reuters) –": the agency in brackets is part of the dateline.
            boolean placeWord = Character.isUpperCase(word.charAt(0)) || BRACKETS_AND_STOPS.contains(word);
            if (!placeWord) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * When the parser made a dateline word the head of a source ("BOSTON - …, Mayor Ann Lee said"), the noun
     * after the dateline it hangs below it, nearest first, outside prepositional phrases ("At the start of the
     * meeting"), which set the scene; empty when there is none.
     */
    static Optional<IndexedWord> speakerBelow(ParsedSentence s, IndexedWord head, int dashAt) {
        Deque<IndexedWord> queue = new ArrayDeque<>(childrenOf(s, head));
        while (!queue.isEmpty()) {
            IndexedWord node = queue.removeFirst();
            if (s.isPunctuation(node.index()) || !s.children(node, "case").isEmpty()) {
                continue;
            }
            String tag = node.tag() == null ? "" : node.tag();
            if (node.index() > dashAt && (tag.startsWith("NN") || tag.equals("PRP"))) {
                return Optional.of(node);
            }
            queue.addAll(childrenOf(s, node));
        }
        return Optional.empty();
    }

    /** True when another dash follows the one at {@code dashAt}, so the two enclose an aside. */
    private static boolean closesAside(ParsedSentence s, int dashAt) {
        return s.tokens().stream().anyMatch(t -> t.index() > dashAt && DASHES.contains(t.word()));
    }

    /** All dependents of a node, in text order. */
    private static List<IndexedWord> childrenOf(ParsedSentence s, IndexedWord node) {
        return s.nodes().stream()
                .filter(n -> s.parent(n).map(p -> p.index() == node.index()).orElse(false))
                .sorted(Comparator.comparingInt(IndexedWord::index))
                .toList();
    }

    /** A word in capitals, at least two letters long and with no small letter: "BOSTON", "U.S.". */
    private static boolean isCapitals(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 2 && word.chars().noneMatch(Character::isLowerCase);
    }
}
