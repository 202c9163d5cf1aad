package org.claimgraph.scratch;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.annotate.NlpPipeline;
import org.claimgraph.read.Article;

public class DumpParse {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        long t0 = System.nanoTime();
        NlpPipeline p = NlpPipeline.shared();
        long t1 = System.nanoTime();
        Annotation doc = p.annotate(Article.ofText(args[0], text));
        long t2 = System.nanoTime();
        System.err.printf("load %.1fs annotate %.1fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            System.out.println("=== " + s.get(CoreAnnotations.TextAnnotation.class));
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                System.out.print(t.index() + ":" + t.word() + "/" + t.tag() + "/" + t.ner() + " ");
            }
            System.out.println();
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            System.out.println(g.toList());
        }
    }
}
