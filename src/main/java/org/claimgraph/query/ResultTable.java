package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** The materialised result of a SELECT query: variable names and rows of RDF terms (null where unbound). */
public final class ResultTable {

    private final List<String> variables;
    private final List<List<RDFNode>> rows;
    private final PrefixMapping prefixes;

    /** A table of the given variables and rows; {@code prefixes} are the query's, for display. */
    public ResultTable(List<String> variables, List<List<RDFNode>> rows, PrefixMapping prefixes) {
        this.variables = List.copyOf(variables);
        List<List<RDFNode>> copy = new ArrayList<>(rows.size());
        // Rows hold nulls for unbound variables, which List.copyOf refuses.
        rows.forEach(row -> copy.add(Collections.unmodifiableList(new ArrayList<>(row))));
        this.rows = Collections.unmodifiableList(copy);
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
    }

    /** Reads a result set to the end into a table. */
    public static ResultTable from(ResultSet results, PrefixMapping prefixes) {
        List<String> vars = results.getResultVars();
        List<List<RDFNode>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<RDFNode> row = new ArrayList<>(vars.size());
            vars.forEach(v -> row.add(solution.get(v)));
            rows.add(row);
        }
        return new ResultTable(vars, rows, prefixes);
    }

    /** The variable names, without {@code ?}, in the query's order. */
    public List<String> variables() {
        return variables;
    }

    /** The rows; each has one entry per variable, null where unbound. */
    public List<List<RDFNode>> rows() {
        return rows;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The value of {@code variable} in row {@code row}, or null if unbound. */
    public RDFNode get(int row, String variable) {
        int column = variables.indexOf(variable);
        if (column < 0) {
            throw new IllegalArgumentException("No variable ?" + variable + " in " + variables);
        }
        return rows.get(row).get(column);
    }

    /** The value of {@code variable} in row {@code row} as text (IRI or lexical form), or null if unbound. */
    public String text(int row, String variable) {
        RDFNode node = get(row, variable);
        if (node == null) {
            return null;
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.asNode().toString();
    }

    /** The prefixes of the query that made the table, for display. */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** The table as a Jena RowSet, for Jena's result writers. */
    public RowSet toRowSet() {
        List<Var> vars = variables.stream().map(Var::alloc).toList();
        List<Binding> bindings = new ArrayList<>(rows.size());
        for (List<RDFNode> row : rows) {
            BindingBuilder builder = Binding.builder();
            for (int i = 0; i < vars.size(); i++) {
                Node node = row.get(i) == null ? null : row.get(i).asNode();
                if (node != null) {
                    builder.add(vars.get(i), node);
                }
            }
            bindings.add(builder.build());
        }
        return RowSetStream.create(vars, bindings.iterator());
    }
}
