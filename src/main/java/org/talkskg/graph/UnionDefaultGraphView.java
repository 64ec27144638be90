package org.talkskg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs, so a
 * query without {@code GRAPH} sees every file at once.
 * <p>
 * It must implement {@link DatasetGraphWrapperView}: without that marker ARQ unwraps a
 * {@code DatasetGraphWrapper} before querying, and the default graph would be the empty one
 * underneath. The in-memory dataset ignores the unionDefaultGraph setting, hence the view.
 */
final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    private final Graph union;

    UnionDefaultGraphView(DatasetGraph namedGraphs) {
        super(namedGraphs);
        this.union = new GraphReadOnly(namedGraphs.getUnionGraph());
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }
}
