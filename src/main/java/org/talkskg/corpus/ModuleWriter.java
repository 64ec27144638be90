package org.talkskg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;

/** Where a corpus's data modules go: Turtle files in folders, or one N-Quads file. */
interface ModuleWriter extends AutoCloseable {

    /** The shipped article: its data folder, texts included, and its modules by name. */
    void shipped(Path shippedData, Map<String, Graph> modules);

    /** A variant's module, by its path under the data folder without extension, e.g. {@code articles/c00001/actors}. */
    void module(Path path, Graph graph);

    @Override
    void close();

    /** Copies every file under a folder, which may be inside the program's jar. */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
