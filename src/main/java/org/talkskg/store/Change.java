package org.talkskg.store;

import java.time.Instant;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * One accepted change to the store: who made it, when and how, and its net effect, the quads it
 * removed and those it added (a quad removed and added again in the same change is in neither).
 *
 * @param number   1 for the first change of the log, then each one more
 * @param kind     e.g. {@code SPARQL Update}, {@code Graph Store PUT}, {@code undo}
 * @param endpoint where it came in, e.g. {@code /kg/update}, or {@code talks-kg undo}
 * @param request  the update text, the graph written, or the command
 */
public record Change(int number, Instant time, String user, String kind, String endpoint, String request,
        List<Quad> removed, List<Quad> added) {

    public Change {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** What a change is made of before the log numbers and dates it. */
    public record Draft(String user, String kind, String endpoint, String request, List<Quad> removed, List<Quad> added) {

        public boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    /** E.g. "INSERT DATA { GRAPH <...> {": enough of the request to tell it in a list. */
    public String firstLineOfRequest() {
        String stripped = request.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip() + " ...";
    }

    /** Whether the dataset holds this change: everything it added is there and nothing it removed. In a transaction. */
    boolean isIn(DatasetGraph dataset) {
        return added.stream().allMatch(dataset::contains) && removed.stream().noneMatch(dataset::contains);
    }

    /** Takes the change back, adding what it removed and removing what it added, and tells {@code undo}. In a write transaction. */
    void revertIn(DatasetGraph dataset, NetChange undo) {
        for (Quad quad : added) {
            if (dataset.contains(quad)) {
                dataset.delete(quad);
                undo.removed(quad);
            }
        }
        for (Quad quad : removed) {
            if (!dataset.contains(quad)) {
                dataset.add(quad);
                undo.added(quad);
            }
        }
    }
}
