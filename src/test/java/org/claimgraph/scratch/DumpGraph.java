package org.claimgraph.scratch;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.convert.ConvertedArticle;
import org.claimgraph.convert.Converter;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;

public class DumpGraph {
    public static void main(String[] args) throws Exception {
        Converter c = new Converter();
        for (Article a : new ArticleReader().read(Path.of(args[0]))) {
            ConvertedArticle ca = c.convert(a);
            RDFDataMgr.write(System.out, ca.graph(), RDFFormat.TURTLE_PRETTY);
        }
    }
}
