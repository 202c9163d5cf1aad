package org.claimgraph.evaluate.claims;

import java.util.List;

/**
 * One statement the converter wrote, reduced to what the scorer compares.
 *
 * @param iri      the statement's IRI
 * @param article  the name of the article it was found in, as the expectations name it
 * @param speaker  its speaker's label
 * @param cue      the cue words as written
 * @param contents the content spans' texts, and the joined content text
 * @param stance   the local name of its stance: {@code Assert}, {@code Deny} or {@code Question}
 * @param claim    the IRI of its claim
 */
public record PredictedStatement(String iri, String article, String speaker, String cue, List<String> contents,
                                 String stance, String claim) {

    public PredictedStatement {
        contents = contents.stream().map(Text::collapse).toList();
    }

    /** Whether some content span holds the anchor (whitespace runs compared as one space). */
    public boolean holds(String anchor) {
        String wanted = Text.collapse(anchor);
        return contents.stream().anyMatch(c -> c.contains(wanted));
    }

    /** The length of its longest content text: among equally good matches, the shortest content is preferred. */
    int contentLength() {
        return contents.stream().mapToInt(String::length).max().orElse(0);
    }
}
