package org.talkskg.cli;

import java.nio.file.Path;

/**
 * The folders a command reads when none is given: those of the folder named by the environment
 * variable {@value #HOME} when it is set (bin/talks-kg sets it to the checkout, so that a curator
 * checks the files being edited, not a copy packed into a possibly older jar), else the ones
 * bundled with the program.
 */
final class DefaultFolders {

    static final String HOME = "TALKS_KG_HOME";

    private DefaultFolders() {}

    /** The default folder of that name, e.g. {@code data}. */
    static Path folder(String name) {
        return home() != null ? Path.of(home(), name) : BundledFolders.folder(name);
    }

    /** True when the default folders are the bundled ones, which cannot be written. */
    static boolean bundled() {
        return home() == null;
    }

    private static String home() {
        String home = System.getenv(HOME);
        return home == null || home.isBlank() ? null : home;
    }
}
