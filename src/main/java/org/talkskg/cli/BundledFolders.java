package org.talkskg.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's ontology/, data/ and queries/ folders as packed with the program, under
 * {@value #PREFIX}/ (the pom's {@code bundle.prefix}). They are read in place: inside the jar
 * through a zip file system, or from target/classes when running from the build.
 */
final class BundledFolders {

    private static final String PREFIX = "talks-kg";

    private BundledFolders() {}

    /** The bundled folder of that name, e.g. {@code data}. */
    static Path folder(String name) {
        return Root.PATH.resolve(name);
    }

    /** Located on first use and kept: the jar is opened as a file system once per process. */
    private static final class Root {
        static final Path PATH = locate();
    }

    private static Path locate() {
        try {
            Path codeSource = Path.of(BundledFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return codeSource.resolve(PREFIX);
            }
            return FileSystems.newFileSystem(codeSource).getPath("/", PREFIX);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot open the folders bundled with the program: " + e.getMessage(), e);
        }
    }
}
