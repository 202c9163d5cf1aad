package org.claimgraph.resolve;

import java.util.List;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;

/** A test article run through the shared pipeline, extraction and speaker resolution, with lookups by cue. */
record ResolvedText(String text, List<Attribution> attributions, Speakers speakers) {

    /** Annotates, extracts and resolves the text as an article of this file name. */
    static ResolvedText of(String fileName, String text) {
        Article article = Article.ofText(fileName, text);
        ParsedArticle doc = new ParsedArticle(article, NlpPipeline.shared().annotate(article));
        List<Attribution> attributions = new AttributionExtractor().extract(doc);
        return new ResolvedText(text, attributions, new ActorResolver().resolve(doc, attributions));
    }

    /** The speaker of the first attribution whose cue reads exactly so. */
    Actor speakerOfCue(String cue) {
        return attributions.stream().filter(a -> a.cue().of(text).equals(cue)).map(speakers::of).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " in " + attributions));
    }

    /** The speaker of the first attribution whose content holds this phrase. */
    Actor speakerOfContent(String phrase) {
        return attributions.stream().filter(a -> a.contentExtent().of(text).contains(phrase)).map(speakers::of)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with '" + phrase + "' in " + attributions));
    }

    /** The actor of this label. */
    Actor named(String label) {
        return speakers.actors().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + speakers.actors()));
    }
}
