package org.talkskg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checked-in files whose content follows from the graph: a normal test run compares them with what
 * the graph gives now; {@code mvn test -Dregenerate} rewrites them instead, so that a change to the
 * data is reviewed as a diff of these files.
 */
public final class Regeneration {

    private Regeneration() {}

    /** True when the run was started with {@code -Dregenerate}. */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("talks-kg.regenerate", "false"));
    }

    /** Rewrites the file when regenerating; otherwise asserts it holds exactly this text. */
    public static void checkOrWrite(Path file, String generated) {
        writeIfEnabled(file, generated);
        try {
            String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            assertEquals(generated, current, file + " is out of date: run mvn test -Dregenerate and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the file when regenerating, and does nothing otherwise: for files that the caller
     * compares in its own way (result sets as RDF terms, graphs by isomorphism).
     */
    public static void writeIfEnabled(Path file, String generated) {
        if (!enabled()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
