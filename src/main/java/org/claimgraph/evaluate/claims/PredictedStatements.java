package org.claimgraph.evaluate.claims;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.rdf.CG;
import org.claimgraph.rdf.NIF;

/** Reads every {@code cg:Statement} of a dataset, from its default graph and each named graph. */
public final class PredictedStatements {

    private PredictedStatements() {
    }

    /**
     * The statements of the dataset; {@code articleNames} maps each article IRI to the name the expectations use,
     * and statements of other articles are left out.
     */
    public static List<PredictedStatement> read(Dataset dataset, Map<String, String> articleNames) {
        // Keyed by IRI: a store whose default graph is the union of its named graphs shows each statement twice.
        Map<String, PredictedStatement> out = new LinkedHashMap<>();
        readModel(dataset.getDefaultModel(), articleNames, out);
        for (Iterator<Resource> names = dataset.listModelNames(); names.hasNext(); ) {
            readModel(dataset.getNamedModel(names.next()), articleNames, out);
        }
        return new ArrayList<>(out.values());
    }

    private static void readModel(Model model, Map<String, String> articleNames,
                                  Map<String, PredictedStatement> out) {
        for (Resource s : model.listResourcesWithProperty(RDF.type, CG.Statement).toList()) {
            Resource article = s.getPropertyResourceValue(CG.reportedIn);
            String name = article == null ? null : articleNames.get(article.getURI());
            if (name != null && s.isURIResource()) {
                out.putIfAbsent(s.getURI(), statement(s, name));
            }
        }
    }

    private static PredictedStatement statement(Resource s, String article) {
        Resource speaker = required(s, CG.speaker);
        List<String> contents = new ArrayList<>();
        for (Statement span : s.listProperties(CG.contentSpan).toList()) {
            Statement anchor = span.getResource().getProperty(NIF.anchorOf);
            if (anchor != null) {
                contents.add(anchor.getString());
            }
        }
        Statement text = s.getProperty(CG.contentText);
        if (text != null) {
            contents.add(text.getString());
        }
        Statement label = speaker.getProperty(RDFS.label);
        Statement cue = s.getProperty(CG.cue);
        return new PredictedStatement(s.getURI(), article, label == null ? speaker.toString() : label.getString(),
                cue == null ? "" : cue.getString(), contents, required(s, CG.stance).getLocalName(),
                key(required(s, CG.claim)));
    }

    /** The IRI of a resource, or its blank-node label: the key claims are compared by. */
    static String key(Resource r) {
        return r.isURIResource() ? r.getURI() : "_:" + r.getId().getLabelString();
    }

    private static Resource required(Resource statement, org.apache.jena.rdf.model.Property p) {
        Resource value = statement.getPropertyResourceValue(p);
        if (value == null) {
            throw new ClaimgraphException("statement " + statement + " has no " + p.getLocalName());
        }
        return value;
    }
}
