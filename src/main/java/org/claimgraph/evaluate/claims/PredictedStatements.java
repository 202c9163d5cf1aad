package org.claimgraph.evaluate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
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
        List<Model> models = models(dataset);
        Map<String, String> linkedNames = linkedActorNames(models);
        Set<String> opposing = opposingClaims(models);
        for (Model model : models) {
            readModel(model, articleNames, linkedNames, opposing, out);
        }
        return new ArrayList<>(out.values());
    }

    /** The dataset's default model, then each named one. */
    private static List<Model> models(Dataset dataset) {
        List<Model> models = new ArrayList<>();
        models.add(dataset.getDefaultModel());
        dataset.listModelNames().forEachRemaining(n -> models.add(dataset.getNamedModel(n)));
        return models;
    }

    /**
     * For each actor joined by {@code owl:sameAs} to another actor, the label of the one it points at: "Kerr" in
     * one article is "Fergus Kerr" when the links graph says so, as a claim is the claim it is linked to.
     */
    private static Map<String, String> linkedActorNames(List<Model> models) {
        Map<String, String> out = new HashMap<>();
        for (Model model : models) {
            for (Statement link : model.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
                if (link.getSubject().isURIResource() && link.getObject().isURIResource()) {
                    String target = link.getResource().getURI();
                    models.stream().map(m -> m.getResource(target).getProperty(RDFS.label)).filter(l -> l != null)
                            .findFirst().ifPresent(l -> out.put(link.getSubject().getURI(), l.getString()));
                }
            }
        }
        return out;
    }

    /**
     * The claims joined to their group as the opposite of its claim ({@code cg:opposes} in the links graph): their
     * statements take the inverted stance toward the group, as the stored queries read it.
     */
    private static Set<String> opposingClaims(List<Model> models) {
        Set<String> out = new HashSet<>();
        for (Model model : models) {
            model.listSubjectsWithProperty(CG.opposes).forEachRemaining(c -> {
                if (c.isURIResource()) {
                    out.add(c.getURI());
                }
            });
        }
        return out;
    }

    private static void readModel(Model model, Map<String, String> articleNames, Map<String, String> linkedNames,
                                  Set<String> opposing, Map<String, PredictedStatement> out) {
        for (Resource s : model.listResourcesWithProperty(RDF.type, CG.Statement).toList()) {
            Resource article = s.getPropertyResourceValue(CG.reportedIn);
            String name = article == null ? null : articleNames.get(article.getURI());
            if (name != null && s.isURIResource()) {
                out.putIfAbsent(s.getURI(), statement(s, name, linkedNames, opposing));
            }
        }
    }

    private static PredictedStatement statement(Resource s, String article, Map<String, String> linkedNames,
                                                Set<String> opposing) {
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
        String speakerName = speaker.isURIResource() && linkedNames.containsKey(speaker.getURI())
                ? linkedNames.get(speaker.getURI()) : label == null ? speaker.toString() : label.getString();
        Statement cue = s.getProperty(CG.cue);
        Resource claim = required(s, CG.claim);
        String stance = required(s, CG.stance).getLocalName();
        if (claim.isURIResource() && opposing.contains(claim.getURI())) {
            stance = inverted(stance);
        }
        return new PredictedStatement(s.getURI(), article, speakerName,
                cue == null ? "" : cue.getString(), contents, stance, key(claim));
    }

    /** The stance inverted: an assertion of the opposite denies, a denial asserts, a question stays one. */
    private static String inverted(String stance) {
        String assertion = CG.Assert.getLocalName();
        String denial = CG.Deny.getLocalName();
        return stance.equals(assertion) ? denial : stance.equals(denial) ? assertion : stance;
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
