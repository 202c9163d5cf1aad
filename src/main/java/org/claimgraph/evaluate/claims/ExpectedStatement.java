package org.claimgraph.evaluate.claims;

import java.util.List;
import java.util.Locale;

/**
 * One statement an annotator expects in an article: who says it, a cue word, a piece of its content, the stance
 * and the claim it is about.
 *
 * @param line     the line of {@code expected.tsv} it was read from, for messages
 * @param article  the article's file, as written in the expectation (relative to the set's directory)
 * @param speakers the speaker's canonical name and any accepted alternatives
 * @param cue      a distinctive word of the cue ("denied"), to choose between statements sharing the anchor
 * @param anchor   a short piece of the content that any reasonable content span contains
 * @param stance   {@code Assert}, {@code Deny} or {@code Question}
 * @param claim    the claim's id: rows with the same id, in any article of the set, are about the same claim
 */
public record ExpectedStatement(int line, String article, List<String> speakers, String cue, String anchor,
                                String stance, String claim) {

    public ExpectedStatement {
        speakers = List.copyOf(speakers);
    }

    /** Whether a predicted speaker's label names this statement's speaker (case and a leading "the" aside). */
    public boolean spokenBy(String label) {
        String wanted = Text.normalName(label);
        return speakers.stream().anyMatch(s -> Text.normalName(s).equals(wanted));
    }

    /** Whether the cue words as written contain this statement's cue word, ignoring case. */
    public boolean cuedBy(String cueWords) {
        return cueWords.toLowerCase(Locale.ROOT).contains(cue.toLowerCase(Locale.ROOT));
    }

    /** A short reference for reports: line, speaker, cue and anchor. */
    public String describe() {
        return "line " + line + " " + speakers.get(0) + " " + cue + " '" + anchor + "'";
    }
}
