package org.claimgraph.stance;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Words of reported distance ("alleged", "so-called", "allegedly"), from {@code distance-markers.tsv}: found
 * inside a claim to drop them from its label, and on a content's head to read the speaker's distance.
 */
final class DistanceMarkers {

    private static final Map<String, String> MARKERS = load();

    private DistanceMarkers() {
    }

    /** The distance markers inside a span, as edits that drop them with the space after them. */
    static List<LabelEdit> in(ParsedSentence s, CharSpan span, String text) {
        List<LabelEdit> out = new ArrayList<>();
        for (int i = 1; i <= s.tokens().size(); i++) {
            CoreLabel t = s.token(i);
            if (!span.contains(t.beginPosition())) {
                continue;
            }
            int index = i;
            marker(s, index, text).ifPresent(end -> {
                int to = end;
                while (to < span.end() && to < text.length() && text.charAt(to) == ' ') {
                    to++;
                }
                out.add(new LabelEdit(new CharSpan(s.token(index).beginPosition(), Math.min(to, span.end())), ""));
            });
        }
        return out;
    }

    /** True when a distance marker modifies this head ("the so-called plan", "were allegedly stolen"). */
    static boolean marks(ParsedSentence s, IndexedWord head, String text) {
        for (String rel : List.of("amod", "advmod")) {
            for (IndexedWord m : s.children(head, rel)) {
                // A hyphenated marker is split by the tokeniser: "so-called" hangs on its last part, "called".
                for (int first = Math.max(1, m.index() - 2); first <= m.index(); first++) {
                    Optional<Integer> end = marker(s, first, text);
                    if (end.isPresent() && end.get() == s.token(m.index()).endPosition()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The end offset of the distance marker that starts at this token, if one does and it attaches as its kind
     * says: a modifier before a noun ("the alleged plot", not "supposed to leave"), an adverb on a predicate.
     */
    private static Optional<Integer> marker(ParsedSentence s, int token, String text) {
        int begin = s.token(token).beginPosition();
        for (Map.Entry<String, String> m : MARKERS.entrySet()) {
            String word = m.getKey();
            int end = begin + word.length();
            if (!text.regionMatches(true, begin, word, 0, word.length()) || continuesWord(text, end)) {
                continue;
            }
            int last = lastToken(s, token, end);
            String rel = s.hasTree() ? s.relationToParent(s.node(last)) : "";
            boolean attaches = m.getValue().equals("modifier") ? rel.equals("amod") : rel.equals("advmod");
            if (attaches) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    private static boolean continuesWord(String text, int end) {
        return end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-');
    }

    private static int lastToken(ParsedSentence s, int token, int end) {
        int last = token;
        while (last < s.tokens().size() && s.token(last).endPosition() < end) {
            last++;
        }
        return last;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new java.util.HashMap<>();
        TsvResource.rows("distance-markers.tsv").forEach(r -> out.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        return Map.copyOf(out);
    }
}
