package org.talkskg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs, so a
 * query without {@code GRAPH} sees every file at once.
 * <p>
 * It must implement {@link DatasetGraphWrapperView}: without that marker ARQ unwraps a
 * {@code DatasetGraphWrapper} before querying, and the default graph would be the empty one
 * underneath. The in-memory datasets ignore the unionDefaultGraph setting, hence the view.
 */
final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    private final Graph union;

    private UnionDefaultGraphView(DatasetGraph namedGraphs, Graph union) {
        super(namedGraphs);
        this.union = new GraphReadOnly(union);
    }

    /** The union as the named graphs are at each moment: for a store that updates change. */
    static UnionDefaultGraphView live(DatasetGraph namedGraphs) {
        return new UnionDefaultGraphView(namedGraphs, namedGraphs.getUnionGraph());
    }

    /**
     * The union copied once into an indexed graph of its own: for graphs that never change. A
     * query on it costs a half to a fifth of the CPU of one on the live union, which has to ask
     * every named graph and drop the duplicates for each pattern.
     */
    static UnionDefaultGraphView copied(DatasetGraph namedGraphs) {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(namedGraphs, () -> namedGraphs.getUnionGraph().find().forEachRemaining(union::add));
        return new UnionDefaultGraphView(namedGraphs, union);
    }

    /** Named graphs with a union made by the caller, which must hold exactly their triples. */
    static UnionDefaultGraphView over(DatasetGraph namedGraphs, Graph union) {
        return new UnionDefaultGraphView(namedGraphs, union);
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }
}
