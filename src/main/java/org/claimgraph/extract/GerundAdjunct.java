package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.lexicon.TsvResource;

/**
 * Who does a gerund in an adverbial phrase ("Roe began the day in a hole after questioning P", "Roe said it, while
 * arguing P", "Roe was generous in praising P"): the subject of the clause the phrase modifies. The parser often
 * hangs such a gerund on a noun or as a stray dependent, so the tree above it is searched for the nearest clause
 * with a subject.
 */
final class GerundAdjunct {

    /** Markers of the phrase, each as its words in order (gerund-adjunct-markers.tsv). */
    private static final List<String[]> MARKERS = TsvResource.words("gerund-adjunct-markers.tsv").stream()
            .map(m -> m.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    /** Subject relations whose holder does the gerund: an active subject or a passive one ("was praised for"). */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private GerundAdjunct() {
    }

    /** The doer of a subjectless gerund right after a marker, or empty when it is not one or no clause above has one. */
    static Optional<IndexedWord> doer(ParsedSentence s, IndexedWord gerund) {
        if (!"VBG".equals(gerund.tag()) || !s.children(gerund, "nsubj").isEmpty() || !afterMarker(s, gerund)) {
            return Optional.empty();
        }
        List<Integer> own = s.subtree(gerund, List.of());
        for (Optional<IndexedWord> up = s.parent(gerund); up.isPresent(); up = s.parent(up.get())) {
            IndexedWord clause = up.get();
            Optional<IndexedWord> subject = SUBJECTS.stream().flatMap(r -> s.children(clause, r).stream())
                    .filter(n -> !own.contains(n.index()) && !PosTags.isRelativePronoun(n.tag()))
                    .findFirst();
            if (subject.isPresent()) {
                return subject.filter(n -> CueFrames.canAct(s, n));
            }
        }
        return Optional.empty();
    }

    /** True when the words right before the gerund, adverbs skipped ("after repeatedly denying"), are a marker. */
    private static boolean afterMarker(ParsedSentence s, IndexedWord gerund) {
        int end = gerund.index() - 1;
        while (end >= 1 && "RB".equals(s.tag(end))) {
            end--;
        }
        for (String[] marker : MARKERS) {
            int start = end - marker.length + 1;
            if (start < 1) {
                continue;
            }
            String[] words = new String[marker.length];
            for (int i = 0; i < marker.length; i++) {
                words[i] = s.token(start + i).word().toLowerCase(Locale.ROOT);
            }
            if (Arrays.equals(words, marker)) {
                return true;
            }
        }
        return false;
    }
}
