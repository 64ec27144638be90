package org.talkskg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;

/**
 * One step a shape takes from a node to reach the nodes it checks: along a predicate, forwards or
 * backwards, once or any number of times (a {@code *}, {@code +} or {@code ?} path).
 */
record Step(Node predicate, boolean inverse, boolean repeated) {

    static Step forward(Node predicate) {
        return new Step(predicate, false, false);
    }

    static Step backward(Node predicate) {
        return new Step(predicate, true, false);
    }

    Step reversed() {
        return new Step(predicate, !inverse, repeated);
    }

    /** The steps of {@code first}, then those of {@code second}. */
    static List<Step> then(List<Step> first, List<Step> second) {
        List<Step> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /** The steps that walk the sequence the other way: last step first, each reversed. */
    static List<Step> backwards(List<Step> steps) {
        List<Step> reversed = new ArrayList<>(steps.size());
        for (int i = steps.size() - 1; i >= 0; i--) {
            reversed.add(steps.get(i).reversed());
        }
        return List.copyOf(reversed);
    }

    /**
     * The step sequences a property path can take: one per branch of an alternative. Empty when the
     * path has a form whose reach is not worked out here (a negated property set, a repeat of a
     * sequence).
     */
    static Optional<List<List<Step>>> of(Path path) {
        if (path instanceof P_Link link) {
            return Optional.of(List.of(List.of(forward(link.getNode()))));
        }
        if (path instanceof P_Inverse inverse) {
            return of(inverse.getSubPath()).map(sequences -> sequences.stream().map(Step::backwards).toList());
        }
        if (path instanceof P_Seq seq) {
            Optional<List<List<Step>>> left = of(seq.getLeft());
            Optional<List<List<Step>>> right = of(seq.getRight());
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            List<List<Step>> joined = new ArrayList<>();
            for (List<Step> first : left.get()) {
                for (List<Step> second : right.get()) {
                    joined.add(then(first, second));
                }
            }
            return Optional.of(joined);
        }
        if (path instanceof P_Alt alt) {
            Optional<List<List<Step>>> left = of(alt.getLeft());
            Optional<List<List<Step>>> right = of(alt.getRight());
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            List<List<Step>> either = new ArrayList<>(left.get());
            either.addAll(right.get());
            return Optional.of(either);
        }
        // Any other one-path form (*, +, ?, a counted repeat) walks the same links some number of times.
        if (path instanceof P_Path1 repeat) {
            if (repeat.getSubPath() instanceof P_Link link) {
                return Optional.of(List.of(List.of(new Step(link.getNode(), false, true))));
            }
            if (repeat.getSubPath() instanceof P_Inverse inverse && inverse.getSubPath() instanceof P_Link link) {
                return Optional.of(List.of(List.of(new Step(link.getNode(), true, true))));
            }
        }
        return Optional.empty();
    }
}
