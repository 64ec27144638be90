package org.talkskg.server;

/**
 * The bounds of the update endpoints.
 *
 * @param timeoutSeconds  an update still running after this is cancelled, its transaction aborted (503)
 * @param bulkDeleteShare a change deleting more than this share of a data graph's triples is refused (409)
 *                        unless confirmed ({@link BulkDeleteGuard}); 1 lets every change through
 */
public record UpdateSettings(int timeoutSeconds, double bulkDeleteShare) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final double DEFAULT_BULK_DELETE_SHARE = 0.5;

    public UpdateSettings {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("the update timeout must be at least 1 second, not " + timeoutSeconds);
        }
        if (!(bulkDeleteShare > 0 && bulkDeleteShare <= 1)) {
            throw new IllegalArgumentException("the bulk delete share must be more than 0 and at most 1, not " + bulkDeleteShare);
        }
    }

    /** Every bound at its default. */
    public static UpdateSettings defaults() {
        return new UpdateSettings(DEFAULT_TIMEOUT_SECONDS, DEFAULT_BULK_DELETE_SHARE);
    }

    public UpdateSettings withTimeoutSeconds(int seconds) {
        return new UpdateSettings(seconds, bulkDeleteShare);
    }
}
