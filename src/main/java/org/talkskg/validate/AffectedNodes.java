package org.talkskg.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The nodes whose verdict against the shapes a change can alter: the subject and object of every
 * triple it adds or removes (so any node that becomes or stops being a target), and every node from
 * which a shape's {@linkplain ShapeReach reach} runs through a changed triple, found by walking
 * the reach back from that triple to its start. The walk reads the graph after the change and the
 * removed triples both, so that a chain cut by the change is still followed back to its start.
 */
final class AffectedNodes {

    /** A place in a reach: the step at {@code index} of {@code steps}. */
    private record Position(List<Step> steps, int index) {}

    private final Map<Node, List<Position>> byPredicate = new HashMap<>();

    AffectedNodes(List<List<Step>> reaches) {
        for (List<Step> steps : reaches) {
            for (int i = 0; i < steps.size(); i++) {
                byPredicate.computeIfAbsent(steps.get(i).predicate(), predicate -> new ArrayList<>()).add(new Position(steps, i));
            }
        }
    }

    /**
     * @param after   the whole graph after the change (the union of the data and ontology graphs)
     * @param removed the triples the change removed
     */
    Set<Node> of(Collection<Triple> changed, Graph after, Graph removed) {
        Set<Node> affected = new LinkedHashSet<>();
        for (Triple triple : changed) {
            affected.add(triple.getSubject());
            if (!triple.getObject().isLiteral()) {
                affected.add(triple.getObject());
            }
            for (Position position : byPredicate.getOrDefault(triple.getPredicate(), List.of())) {
                Step step = position.steps().get(position.index());
                // The node the step leaves from: the subject of a forward step's triple, the object of a backward one's.
                Set<Node> at = Set.of(step.inverse() ? triple.getObject() : triple.getSubject());
                if (step.repeated()) {
                    at = back(step, at, after, removed);
                }
                for (int i = position.index() - 1; i >= 0 && !at.isEmpty(); i--) {
                    at = back(position.steps().get(i), at, after, removed);
                }
                at.stream().filter(node -> !node.isLiteral()).forEach(affected::add);
            }
        }
        return affected;
    }

    /** The nodes from which the step leads to one of {@code nodes}; for a repeated step, any number of times, none included. */
    private static Set<Node> back(Step step, Set<Node> nodes, Graph after, Graph removed) {
        Set<Node> found = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(nodes);
        if (step.repeated()) {
            found.addAll(nodes);
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            for (Node previous : previous(step, node, after, removed)) {
                if (found.add(previous) && step.repeated()) {
                    todo.push(previous);
                }
            }
        }
        return found;
    }

    private static Set<Node> previous(Step step, Node node, Graph after, Graph removed) {
        Set<Node> previous = new LinkedHashSet<>();
        for (Graph graph : List.of(after, removed)) {
            if (step.inverse()) {
                if (!node.isLiteral()) {
                    graph.find(node, step.predicate(), Node.ANY).forEach(triple -> previous.add(triple.getObject()));
                }
            } else {
                graph.find(Node.ANY, step.predicate(), node).forEach(triple -> previous.add(triple.getSubject()));
            }
        }
        return previous;
    }
}
