package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Widens a cue over a day name right after it: "said Tuesday that P" has the cue "said Tuesday". News-attribution
 * annotation takes the bare day into the cue, but not a day with a part of the day after it ("said Wednesday
 * night") nor a phrase with "on" ("said on Tuesday"); the words are data (cue-days.tsv).
 */
final class DayAfterCue {

    private static final Set<String> DAYS = TsvResource.words("cue-days.tsv", "day");
    private static final Set<String> PARTS_OF_DAY = TsvResource.words("cue-days.tsv", "part");

    private DayAfterCue() {
    }

    /** The cue extended over a bare day name that follows it; the cue itself when none does or it would clash. */
    static CharSpan widen(ParsedSentence s, String text, CharSpan cue, List<CharSpan> content,
                          Optional<Mention> source) {
        Optional<CoreLabel> day = s.tokens().stream().filter(t -> t.beginPosition() >= cue.end()).findFirst()
                .filter(t -> text.substring(cue.end(), t.beginPosition()).isBlank())
                .filter(t -> DAYS.contains(t.word().toLowerCase(Locale.ROOT)));
        if (day.isEmpty()) {
            return cue;
        }
        // "said Wednesday night": the day opens a time phrase of its own, which annotators leave out.
        int next = day.get().index() + 1;
        if (next <= s.tokens().size() && PARTS_OF_DAY.contains(s.token(next).word().toLowerCase(Locale.ROOT))) {
            return cue;
        }
        CharSpan wide = new CharSpan(cue.begin(), day.get().endPosition());
        boolean clashes = content.stream().anyMatch(wide::overlaps)
                || source.map(m -> wide.overlaps(m.span())).orElse(false);
        return clashes ? cue : wide;
    }
}
