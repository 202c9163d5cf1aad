package org.claimgraph.scratch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.AttributionExtractor;
import org.claimgraph.read.Article;

public class DumpAttributions {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        int body = text.startsWith(" date ") ? 17 : 0;
        Article art = new Article(args[0], text, body, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of());
        ParsedArticle doc = new ParsedArticle(art, NlpPipeline.shared().annotate(art));
        for (Attribution a : new AttributionExtractor().extract(doc)) {
            System.out.println(a.kind() + " SRC=[" + a.source().map(m -> m.span().of(text)).orElse("-") + "] CUE=["
                    + a.cue().of(text) + "/" + a.cueLemma() + "] CONTENT=[" + a.content().get(0).of(text) + "]");
        }
    }
}
