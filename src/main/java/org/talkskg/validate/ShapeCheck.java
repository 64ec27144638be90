package org.talkskg.validate;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.graph.Namespaces;

/**
 * Validates the whole graph (the union of all files, ontology included, so that class targets
 * reach subclasses) against the SHACL shapes of {@code ontology/shapes.ttl}.
 */
public final class ShapeCheck {

    /** The named graph holding the shapes: the file {@code shapes.ttl} of the ontology folder. */
    public static final String SHAPES_GRAPH = GraphRole.ONTOLOGY.graphIri(Path.of("shapes.ttl"));

    private ShapeCheck() {}

    /** The violations, sorted by focus node, path and message; empty when the graph conforms. */
    public static List<Violation> run(LoadedGraph loaded) {
        return run(loaded.dataset());
    }

    /**
     * The same for any dataset whose default graph is the union of its named graphs, such as a
     * store inside a write transaction that is about to commit: then it sees the uncommitted changes.
     */
    public static List<Violation> run(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Shapes shapes = Shapes.parse(shapesGraph(dataset));
            Graph data = dataset.getDefaultGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            return violations(report.getEntries(), data);
        });
    }

    /** The shapes graph of a dataset; the setup is wrong without one. */
    static Graph shapesGraph(DatasetGraph dataset) {
        Node shapesName = NodeFactory.createURI(SHAPES_GRAPH);
        if (!dataset.containsGraph(shapesName)) {
            throw new ValidationSetupException("No SHACL shapes to validate against: the ontology folder has no shapes.ttl");
        }
        return dataset.getGraph(shapesName);
    }

    /** Report entries as violations, sorted by focus node, path and message. */
    static List<Violation> violations(Collection<ReportEntry> entries, Graph data) {
        return entries.stream()
                .map(entry -> toViolation(entry, data))
                .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static Violation toViolation(ReportEntry entry, Graph data) {
        Prologue prologue = new Prologue(Namespaces.prefixes());
        String path = entry.resultPath() == null ? "" : PathWriter.asString(entry.resultPath(), prologue);
        return new Violation(FmtUtils.stringForNode(entry.focusNode(), prologue),
                labelOf(entry.focusNode(), data), path, entry.message());
    }

    private static String labelOf(Node node, Graph data) {
        return data.find(node, RDFS.label.asNode(), Node.ANY)
                .mapWith(triple -> triple.getObject().getLiteralLexicalForm())
                .nextOptional()
                .orElse("");
    }
}
