package org.talkskg.server;

/**
 * The bounds of the update endpoints.
 *
 * @param timeoutSeconds an update still running after this is cancelled, its transaction aborted (503)
 */
public record UpdateSettings(int timeoutSeconds) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public UpdateSettings {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("the update timeout must be at least 1 second, not " + timeoutSeconds);
        }
    }

    /** Every bound at its default. */
    public static UpdateSettings defaults() {
        return new UpdateSettings(DEFAULT_TIMEOUT_SECONDS);
    }
}
