package org.claimgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.rdf.CG;

/** Hand-written article graphs under {@code src/test/resources/validate/}. */
final class ArticleGraphs {
    private ArticleGraphs() {
    }

    /** A fresh, mutable copy of the conforming article graph. */
    static Model conforming() {
        return load("validate/article-ok.ttl");
    }

    /** A node of the test graphs by its local name under {@link CG#ID}. */
    static Resource id(String local) {
        return ResourceFactory.createResource(CG.ID + local);
    }

    private static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ArticleGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return model;
    }
}
