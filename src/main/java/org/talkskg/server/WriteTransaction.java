package org.talkskg.server;

import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * The write transaction of a Fuseki action that changes the curated dataset: begun, the work run,
 * committed (where the dataset checks the change); if anything fails, aborted, so nothing is
 * changed, and the failure passed on for the action to answer.
 */
final class WriteTransaction {

    private WriteTransaction() {}

    static void run(HttpAction action, Runnable work) {
        action.beginWrite();
        try {
            work.run();
            action.commit();
        } catch (RuntimeException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endWrite();
        }
    }
}
