package org.talkskg.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The net effect of the writes of one transaction: told of every quad actually added (it was not
 * there) and actually removed (it was), it knows which quads the transaction leaves removed and
 * which added. A quad added and removed again is in neither, so the effect can be reversed exactly.
 */
public final class NetChange {

    /** Each quad written, in the order first written, to whether it was there before the transaction. */
    private final Map<Quad, Boolean> presentBefore = new LinkedHashMap<>();
    private final Map<Quad, Boolean> presentNow = new LinkedHashMap<>();

    /** The quad was not in the store, and now is. */
    public void added(Quad quad) {
        presentBefore.putIfAbsent(quad, false);
        presentNow.put(quad, true);
    }

    /** The quad was in the store, and now is not. */
    public void removed(Quad quad) {
        presentBefore.putIfAbsent(quad, true);
        presentNow.put(quad, false);
    }

    public List<Quad> removed() {
        return flipped(Boolean.TRUE::equals);
    }

    public List<Quad> added() {
        return flipped(Boolean.FALSE::equals);
    }

    /** The triples removed, by graph, in the order the graphs were first written. */
    public Map<Node, Long> removedPerGraph() {
        return removed().stream().collect(Collectors.groupingBy(Quad::getGraph, LinkedHashMap::new, Collectors.counting()));
    }

    /** Net triples added to the graph: negative if it lost more than it gained. */
    public long growthOf(Node graph) {
        return added().stream().filter(quad -> quad.getGraph().equals(graph)).count()
                - removed().stream().filter(quad -> quad.getGraph().equals(graph)).count();
    }

    public Change.Draft draft(String user, String kind, String endpoint, String request) {
        return new Change.Draft(user, kind, endpoint, request, removed(), added());
    }

    private List<Quad> flipped(Predicate<Boolean> before) {
        return presentBefore.entrySet().stream()
                .filter(entry -> before.test(entry.getValue()) && !entry.getValue().equals(presentNow.get(entry.getKey())))
                .map(Map.Entry::getKey).toList();
    }
}
