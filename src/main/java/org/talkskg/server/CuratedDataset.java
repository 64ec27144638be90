package org.talkskg.server;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.talkskg.graph.GraphRole;
import org.talkskg.validate.ShapeCheck;
import org.talkskg.validate.Violation;

/**
 * The persistent store as the server shows it when updates are on. Like the read-only view, its
 * default graph is the union of the named graphs (it implements {@link DatasetGraphWrapperView}
 * so that ARQ does not unwrap it). On top of that:
 * <ul>
 * <li>Writes go only into data graphs ({@code https://w3id.org/talks-kg/graph/data/...}); the default
 *     graph (a view), the ontology and the shapes are read-only. A write elsewhere is a 400.</li>
 * <li>A write transaction commits only if the whole graph, changes included, still conforms to
 *     the SHACL shapes; otherwise it is aborted and the answer is a 422 listing the violations.</li>
 * </ul>
 * The refusals are Fuseki {@link ActionErrorException}s: Fuseki's Graph Store actions pass
 * those on with their status and message, where any other exception would become a 500.
 */
final class CuratedDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private static final String WRITABLE = GraphRole.DATA.graphNamespace();

    CuratedDataset(DatasetGraph store) {
        super(store);
    }

    @Override
    public Graph getDefaultGraph() {
        return new ReadOnlyGraph(super.getUnionGraph(), "the default graph");
    }

    @Override
    public Graph getUnionGraph() {
        return getDefaultGraph();
    }

    @Override
    public Graph getGraph(Node graphName) {
        Graph graph = super.getGraph(graphName);
        return isWritable(graphName) ? graph : new ReadOnlyGraph(graph, NodeFmtLib.strNT(graphName));
    }

    @Override
    public void add(Quad quad) {
        requireWritable(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        requireWritable(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        requireWritable(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        requireWritable(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        requireWritable(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        throw refusal("every graph");
    }

    /** Validates the graph as the transaction leaves it; commits only if it conforms. */
    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            List<Violation> violations = ShapeCheck.run(this);
            if (!violations.isEmpty()) {
                abort();
                throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, report(violations), null);
            }
        }
        super.commit();
    }

    /** What a client sees when its change is refused by the shapes. */
    private static String report(List<Violation> violations) {
        return "Refused: the change would break the SHACL shapes (" + Violation.count(violations) + "); nothing was changed.\n"
                + violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
    }

    private static boolean isWritable(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(WRITABLE) && graphName.getURI().length() > WRITABLE.length();
    }

    private static void requireWritable(Node graphName) {
        if (!isWritable(graphName)) {
            throw refusal(Quad.isDefaultGraph(graphName) ? "the default graph"
                    : graphName.isConcrete() ? NodeFmtLib.strNT(graphName) : "every graph");
        }
    }

    private static ActionErrorException refusal(String target) {
        return new ActionErrorException(HttpSC.BAD_REQUEST_400, "Cannot write into " + target + ": updates write only into"
                + " data graphs, named " + WRITABLE + "..., e.g. GRAPH <" + WRITABLE + "curated> { ... } or ?graph=" + WRITABLE
                + "curated. The default graph is the read-only union of all graphs; the ontology and the shapes change"
                + " only in the files of ontology/ (then serve --reload).", null);
    }

    /** A graph of the store that reads normally and refuses every change with the reason. */
    private static final class ReadOnlyGraph extends WrappedGraph {

        private final String name;

        ReadOnlyGraph(Graph graph, String name) {
            super(graph);
            this.name = name;
        }

        @Override
        public void add(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void performAdd(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void delete(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void performDelete(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            throw refusal(name);
        }

        @Override
        public void clear() {
            throw refusal(name);
        }
    }
}
