package org.talkskg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders packed with the program, read in place as paths: inside the jar through a zip file
 * system, or from target/classes when running from the build.
 */
public final class ProgramResources {

    private ProgramResources() {}

    /** The folder at this path from the root of the program's classes, e.g. {@code talks-kg/data}. */
    public static Path folder(String relative) {
        return Root.PATH.resolve(relative);
    }

    /** Located on first use and kept: the jar is opened as a file system once per process. */
    private static final class Root {
        static final Path PATH = locate();
    }

    private static Path locate() {
        try {
            Path codeSource = Path.of(ProgramResources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return codeSource;
            }
            return FileSystems.newFileSystem(codeSource).getPath("/");
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot open the folders packed with the program: " + e.getMessage(), e);
        }
    }
}
