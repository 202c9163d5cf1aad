package org.claimgraph.query;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.claimgraph.ClaimgraphException;

/**
 * Binds query variables by a one-row VALUES block put first in the WHERE clause.
 *
 * <p>The values are RDF terms built with Jena's API (see {@link ParameterType}), never text pasted into the query.
 *
 * <p>First in the WHERE clause, not after the query: there the binding restricts the pattern before any
 * GROUP BY, whereas a trailing VALUES would only join with the finished, grouped rows.
 */
final class ValuesBlock {

    private ValuesBlock() {
    }

    /** Adds {@code VALUES (?var …) { (value …) }} at the start of the query's WHERE group; returns the query. */
    static Query prepend(Query query, Map<String, Node> values, String source) {
        if (values.isEmpty()) {
            return query;
        }
        if (!(query.getQueryPattern() instanceof ElementGroup group)) {
            throw new ClaimgraphException("Query " + source + " has no WHERE { … } group to bind parameters in");
        }
        ElementData data = new ElementData();
        BindingBuilder row = Binding.builder();
        values.forEach((name, value) -> {
            Var var = Var.alloc(name);
            data.add(var);
            row.add(var, value);
        });
        data.add(row.build());
        group.getElements().add(0, data);
        return query;
    }
}
