package org.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Tells cheaply whether a graph conforms to shapes whose SPARQL constraints sit on targeted node shapes: Jena
 * compiles and optimises a constraint's query again for every focus node (most of validating an article), so
 * here each query is planned once and only its {@code $this} is bound per focus node. It only ever answers
 * "conforms"; a graph it cannot vouch for goes to Jena's full validation, which writes the report.
 */
final class ConformanceCheck {

    private static final Var THIS = Var.alloc("this");

    private final Shapes coreShapes;
    private final List<PlannedConstraint> constraints;

    private ConformanceCheck(Shapes coreShapes, List<PlannedConstraint> constraints) {
        this.coreShapes = coreShapes;
        this.constraints = constraints;
    }

    /**
     * A check for the shapes, or empty when one of their SPARQL constraints is evaluated other than once per
     * target focus node with only {@code $this} bound (then only Jena's validation gives the answer).
     */
    static Optional<ConformanceCheck> of(Shapes shapes) {
        // Shapes that import others are read from more than their own graph, which the check re-parses alone.
        if (!shapes.getImports().isEmpty()) {
            return Optional.empty();
        }
        List<PlannedConstraint> planned = new ArrayList<>();
        for (Shape shape : (Iterable<Shape>) shapes::iteratorAll) {
            for (Constraint c : allConstraints(shape)) {
                if (!(c instanceof SparqlConstraint sparql)) {
                    continue;
                }
                if (!shape.isNodeShape() || !shape.hasTarget() || shape.deactivated()
                        || isReferenced(shapes.getGraph(), shape.getShapeNode())) {
                    return Optional.empty();
                }
                Optional<PlannedConstraint> p = PlannedConstraint.of(shape, sparql.getQuery());
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                planned.add(p.get());
            }
        }
        return Optional.of(new ConformanceCheck(Shapes.parse(withoutSparqlConstraints(shapes.getGraph())),
                List.copyOf(planned)));
    }

    /** True when the graph certainly conforms; false when it may not (Jena's report then says). */
    boolean conforms(Graph data) {
        if (!ShaclValidator.get().conforms(coreShapes, data)) {
            return false;
        }
        ExecutionContext context = ExecutionContext.create(DatasetGraphFactory.wrap(data));
        for (PlannedConstraint c : constraints) {
            for (Node focus : VLib.focusNodes(data, c.shape())) {
                if (c.selects(focus, context)) {
                    return false;
                }
            }
        }
        return true;
    }

    // A property shape's constraints are evaluated on its value nodes: such a SPARQL constraint disqualifies.
    private static List<Constraint> allConstraints(Shape shape) {
        List<Constraint> out = new ArrayList<>(shape.getConstraints());
        shape.getPropertyShapes().forEach(p -> p.getConstraints().forEach(c -> {
            if (c instanceof SparqlConstraint) {
                out.add(c);
            }
        }));
        return out;
    }

    // A shape named by another (sh:node, sh:and, lists…) is also evaluated on focus nodes its targets do not give.
    private static boolean isReferenced(Graph shapesGraph, Node shape) {
        return shapesGraph.contains(Node.ANY, Node.ANY, shape);
    }

    private static Graph withoutSparqlConstraints(Graph shapesGraph) {
        Graph out = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEach(t -> {
            if (!t.getPredicate().equals(SHACL.sparql)) {
                out.add(t);
            }
        });
        out.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        return out;
    }

    /**
     * A SPARQL constraint's query, compiled and optimised once.
     *
     * @param shape the node shape whose focus nodes it checks
     * @param plan  its algebra, {@code $this} still a variable
     */
    private record PlannedConstraint(Shape shape, Op plan) {

        /** The constraint planned, or empty when its query is not a SELECT over the data graph alone. */
        static Optional<PlannedConstraint> of(Shape shape, Query query) {
            if (!query.isSelectType() || query.hasDatasetDescription()) {
                return Optional.empty();
            }
            Op op = Algebra.compile(query);
            // Jena binds these to the shapes graph and gives it as a named graph; this check gives neither.
            boolean readsShapes = OpVars.mentionedVars(op).stream()
                    .anyMatch(v -> v.getVarName().equals("shapesGraph") || v.getVarName().equals("currentShape"));
            return readsShapes || readsNamedGraphs(op) ? Optional.empty()
                    : Optional.of(new PlannedConstraint(shape, Algebra.optimize(op)));
        }

        private static boolean readsNamedGraphs(Op op) {
            boolean[] found = {false};
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpGraph graph) {
                    found[0] = true;
                }

                @Override
                public void visit(OpQuadPattern quads) {
                    found[0] = true;
                }

                @Override
                public void visit(OpDatasetNames names) {
                    found[0] = true;
                }
            });
            return found[0];
        }

        /** True when the query selects a row with {@code $this} bound to the focus node, as Jena runs it. */
        boolean selects(Node focus, ExecutionContext context) {
            Binding binding = BindingFactory.binding(THIS, focus);
            // Jena substitutes the binding into the algebra and also starts evaluation from it.
            QueryIterator rows = QC.execute(Substitute.substitute(plan, binding), binding, context);
            try {
                return rows.hasNext();
            } finally {
                rows.close();
            }
        }
    }
}
