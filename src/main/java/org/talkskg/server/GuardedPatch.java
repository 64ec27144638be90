package org.talkskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.PatchApply;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.PatchTxnAbortException;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.riot.RiotException;

/**
 * Fuseki's RDF Patch action (a POST or PATCH of an {@code application/rdf-patch} body, the text
 * format of jena-rdfpatch) on the curated dataset, so that a curator's session of edits lands whole
 * or not at all: the patch is one transaction (its own {@code TX}/{@code TC} are ignored), checked
 * against the shapes and the bulk delete guard at commit like any change, refused whole (422 with
 * every violation, 409) when it breaks them, and recorded in the change log. A patch that does not
 * parse (400 with its line and column), or that names a graph updates may not write (400), changes
 * nothing either.
 */
final class GuardedPatch extends PatchApply {

    private final CuratedDataset dataset;
    private final int timeoutSeconds;

    GuardedPatch(CuratedDataset dataset, int timeoutSeconds) {
        this.dataset = dataset;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void doPost(HttpAction action) {
        apply(action, "POST");
    }

    @Override
    protected void doPatch(HttpAction action) {
        apply(action, "PATCH");
    }

    private void apply(HttpAction action, String method) {
        RDFPatch patch = read(action);
        // The patch itself is the change's content: the log records it quad by quad.
        ChangeRequest change = ChangeRequest.of(action, "RDF Patch", method + " of an RDF Patch")
                .within(Duration.ofSeconds(timeoutSeconds));
        dataset.perform(change, () -> {
            try {
                WriteTransaction.run(action, () -> patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(action.getActiveDSG()))));
            } catch (PatchTxnAbortException e) {
                ServletOps.errorBadRequest("The patch ends with TA (abort): nothing was changed");
            }
        });
        ServletOps.success(action);
    }

    /**
     * The whole patch, read before any of it is applied: Fuseki's own action applies it as it
     * reads, and answers a patch broken half-way with 200 (it aborts, as for a TA).
     */
    private static RDFPatch read(HttpAction action) {
        try (InputStream body = action.getRequestInputStream()) {
            return RDFPatchOps.read(body);
        } catch (RiotException e) {
            ServletOps.errorBadRequest("RDF Patch does not parse, nothing was changed: " + e.getMessage());
            return null;
        } catch (IOException e) {
            ServletOps.errorBadRequest("The RDF Patch could not be read: " + e.getMessage());
            return null;
        }
    }
}
