package org.talkskg.server;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.store.NetChange;

/**
 * Refuses a change that deletes more than a share of a data graph's triples, unless its request
 * says it means it ({@value #CONFIRM_HEADER}{@code : yes}): a {@code DELETE WHERE} or a {@code DROP}
 * that empties a graph is far more often a slip than a wish. Up to {@value #MIN_TRIPLES} triples
 * of a graph may always go. Judged from the change itself, in its
 * transaction before the commit, so it holds whatever the update's wording.
 */
final class BulkDeleteGuard {

    static final String CONFIRM_HEADER = "X-Confirm-Bulk-Delete";
    /** Deleting this many triples of a graph, or fewer, is never a bulk delete: a small graph stays easy to fix by hand. */
    static final int MIN_TRIPLES = 10;

    private final double share;

    /** @param share of a graph's triples a change may delete without confirmation; 1 lets every change through */
    BulkDeleteGuard(double share) {
        this.share = share;
    }

    static boolean isConfirmed(HttpAction action) {
        return "yes".equalsIgnoreCase(action.getRequestHeader(CONFIRM_HEADER));
    }

    /**
     * Why the change is refused; empty if it may commit.
     *
     * @param dataset the dataset as the change leaves it, in its transaction
     */
    Optional<String> refusal(NetChange change, DatasetGraph dataset) {
        List<String> tooMuch = change.removedPerGraph().entrySet().stream()
                .filter(removed -> removed.getValue() > MIN_TRIPLES
                        && removed.getValue() > share * sizeBefore(removed.getKey(), change, dataset))
                .map(removed -> NodeFmtLib.strNT(removed.getKey()) + ": " + removed.getValue() + " of "
                        + sizeBefore(removed.getKey(), change, dataset) + " triples")
                .toList();
        if (tooMuch.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Refused: the change would delete more than " + Math.round(share * 100) + "% of the triples of "
                + (tooMuch.size() == 1 ? "a data graph" : tooMuch.size() + " data graphs") + "; nothing was changed."
                + " If that is what you mean, send it again with the header " + CONFIRM_HEADER + ": yes.\n"
                + tooMuch.stream().map(line -> "would delete " + line).collect(Collectors.joining("\n")));
    }

    private static long sizeBefore(Node graph, NetChange change, DatasetGraph dataset) {
        return dataset.getGraph(graph).size() - change.growthOf(graph);
    }
}
