package org.talkskg.graph;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the ontology and data files are loaded.
 *
 * @param maxFileBytes a file larger than this is refused before it is read
 * @param progress     takes the progress lines of large files, one at a time
 * @param check        what the loaded graph must satisfy before it is used: throws to refuse it
 */
public record LoadSettings(long maxFileBytes, Consumer<String> progress, Consumer<LoadedGraph> check) {

    /**
     * 16 MiB: over a hundred times the largest shipped file (spans.ttl, 115 KB), and well below
     * the 50 MB file that kept a start busy for minutes, using over 2 GiB.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** The default size limit, no progress lines and no check: for the build and the tests. */
    public static final LoadSettings DEFAULTS = new LoadSettings(DEFAULT_MAX_FILE_BYTES, line -> {}, graph -> {});

    public LoadSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("the file size limit must be at least 1 byte, not " + maxFileBytes);
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(check, "check");
    }
}
