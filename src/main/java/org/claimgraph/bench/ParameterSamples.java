package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.claimgraph.query.ParameterType;
import org.claimgraph.query.ResultTable;
import org.claimgraph.query.StoredQuery;

/**
 * The values a bench gives a query's IRI parameters: the items its own unbound answer lists in the column of the
 * same name (claim-timeline's ?claim), taken in turn, as analysts look at one claim or statement at a time.
 */
final class ParameterSamples {

    /** No parameters to bind: the query runs with its defaults. */
    static final ParameterSamples NONE = new ParameterSamples(List.of());

    /** How many distinct items to take from an answer: enough to spread the load over the store. */
    private static final int KEEP = 50;

    private final List<Map<String, String>> bindings;

    private ParameterSamples(List<Map<String, String>> bindings) {
        this.bindings = bindings;
    }

    /** Samples for the query's IRI parameters from its unbound answer; none if it has no such parameter. */
    static ParameterSamples from(StoredQuery query, ResultTable unbound) {
        for (StoredQuery.Parameter p : query.parameters()) {
            if (p.type() != ParameterType.IRI || !unbound.variables().contains(p.name())) {
                continue;
            }
            Set<String> iris = new LinkedHashSet<>();
            for (int row = 0; row < unbound.size() && iris.size() < KEEP; row++) {
                RDFNode node = unbound.get(row, p.name());
                if (node != null && node.isURIResource()) {
                    iris.add(node.asResource().getURI());
                }
            }
            List<Map<String, String>> out = new ArrayList<>();
            iris.forEach(iri -> out.add(Map.of(p.name(), "<" + iri + ">")));
            if (!out.isEmpty()) {
                return new ParameterSamples(out);
            }
        }
        return NONE;
    }

    /** The k-th binding, cycling; empty when there is nothing to bind. */
    Map<String, String> next(int k) {
        return bindings.isEmpty() ? Map.of() : bindings.get(Math.floorMod(k, bindings.size()));
    }
}
