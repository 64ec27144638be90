package org.talkskg.graph;

import java.nio.file.Path;
import java.util.Objects;

/** Where the graph is read from: the ontology folder and the data folder. */
public record GraphFolders(Path ontology, Path data) {

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
}
