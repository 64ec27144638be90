package org.talkskg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the graph is read from: the ontology folder and the data folder, with the article texts
 * the data cites in its folder {@value #SOURCE_TEXTS}.
 */
public record GraphFolders(Path ontology, Path data) {

    /** Folder of the article texts inside the data folder, one {@code NAME.txt} per document. */
    public static final String SOURCE_TEXTS = "source";

    public GraphFolders {
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(data, "data");
    }

    public Path folderFor(GraphRole role) {
        return switch (role) {
            case ONTOLOGY -> ontology;
            case DATA -> data;
        };
    }

    /**
     * The article texts ({@code *.txt}) of {@value #SOURCE_TEXTS} in the data folder, sorted; none
     * if there is no such folder.
     */
    public List<Path> sourceTexts() {
        Path folder = data.resolve(SOURCE_TEXTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new GraphLoadException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
