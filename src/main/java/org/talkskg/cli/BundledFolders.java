package org.talkskg.cli;

import java.nio.file.Path;

import org.talkskg.ProgramResources;

/**
 * The repository's ontology/, data/ and queries/ folders as packed with the program, under
 * {@value #PREFIX}/ (the pom's {@code bundle.prefix}).
 */
final class BundledFolders {

    private static final String PREFIX = "talks-kg";

    private BundledFolders() {}

    /** The bundled folder of that name, e.g. {@code data}. */
    static Path folder(String name) {
        return ProgramResources.folder(PREFIX).resolve(name);
    }
}
