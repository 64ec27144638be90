package org.talkskg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a change against the SHACL shapes at the cost of what it changes: only the nodes whose
 * verdict the change can alter ({@link AffectedNodes}) are validated, each with Jena SHACL's
 * validation of one focus node. On a graph that conformed before the change, the violations are
 * exactly those a validation of the whole graph ({@link ShapeCheck}) finds after it.
 * <p>
 * The whole graph is validated instead, and the log says why, when the shapes do something whose
 * reach is not worked out ({@link ShapeReach#gap()}), or when the change edits the class hierarchy
 * (an {@code rdfs:subClassOf} triple moves the targets of {@code sh:targetClass} and the meaning of
 * {@code sh:class} for every instance) or the shapes themselves.
 */
public final class ChangeCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeCheck.class);
    private static final Node SHAPES = NodeFactory.createURI(ShapeCheck.SHAPES_GRAPH);

    private final Shapes shapes;
    private final Optional<String> gap;
    private final AffectedNodes affectedNodes;

    private ChangeCheck(Shapes shapes, ShapeReach reach) {
        this.shapes = shapes;
        this.gap = reach.gap();
        this.affectedNodes = new AffectedNodes(reach.reaches());
        gap.ifPresent(what -> LOG.info("Every change is validated against the whole graph: the shapes use what the change"
                + " analysis does not cover ({})", what));
    }

    /** For the shapes of this dataset (its shapes graph), read now: the shapes do not change while it serves. */
    public static ChangeCheck of(DatasetGraph dataset) {
        Graph shapesGraph = ShapeCheck.shapesGraph(dataset);
        return new ChangeCheck(Shapes.parse(shapesGraph), ShapeReach.of(shapesGraph));
    }

    /**
     * The violations of the dataset (whose default graph is the union of its graphs, the change
     * included) that the change can have caused, sorted as {@link ShapeCheck#run} sorts them.
     */
    public List<Violation> violations(DatasetGraph dataset, Collection<Quad> added, Collection<Quad> removed) {
        Optional<String> wholeGraph = gap.isPresent() ? gap : wholeGraphReason(added, removed);
        if (wholeGraph.isPresent()) {
            LOG.info("Validating the whole graph for this change: {}", wholeGraph.get());
            return ShapeCheck.run(dataset);
        }
        Graph data = dataset.getDefaultGraph();
        Graph removedTriples = GraphFactory.createGraphMem();
        removed.forEach(quad -> removedTriples.add(quad.asTriple()));
        List<Triple> changed = new ArrayList<>();
        added.forEach(quad -> changed.add(quad.asTriple()));
        removedTriples.find().forEach(changed::add);
        Set<Node> affected = affectedNodes.of(changed, data, removedTriples);
        List<ReportEntry> entries = new ArrayList<>();
        for (Node node : affected) {
            entries.addAll(ShaclValidator.get().validate(shapes, data, node).getEntries());
        }
        return ShapeCheck.violations(entries, data);
    }

    private static Optional<String> wholeGraphReason(Collection<Quad> added, Collection<Quad> removed) {
        for (Collection<Quad> quads : List.of(added, removed)) {
            for (Quad quad : quads) {
                if (quad.getPredicate().equals(RDFS.subClassOf.asNode())) {
                    return Optional.of("it changes the class hierarchy (rdfs:subClassOf)");
                }
                if (quad.getGraph().equals(SHAPES)) {
                    return Optional.of("it changes the shapes");
                }
            }
        }
        return Optional.empty();
    }
}
