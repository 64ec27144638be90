package org.talkskg.graph;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A read-only graph made by its supplier when it is first read, once, whichever thread asks first. */
final class DeferredGraph extends GraphBase {

    private final Supplier<Graph> supplier;
    private volatile Graph graph;

    DeferredGraph(Supplier<Graph> supplier) {
        this.supplier = supplier;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return graph().find(pattern);
    }

    @Override
    protected int graphBaseSize() {
        return graph().size();
    }

    private Graph graph() {
        Graph made = graph;
        if (made == null) {
            synchronized (this) {
                made = graph;
                if (made == null) {
                    made = supplier.get();
                    graph = made;
                }
            }
        }
        return made;
    }
}
