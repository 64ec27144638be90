package org.talkskg.graph;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.jena.atlas.lib.IRILib;

/**
 * The two kinds of folder the graph is loaded from. The role, not the folder's actual name,
 * decides the named graph IRI, so pointing {@code --data} at another folder keeps the IRIs stable.
 */
public enum GraphRole {
    ONTOLOGY("ontology"),
    DATA("data");

    /** Every named graph IRI starts with this. */
    public static final String GRAPH_NAMESPACE = "https://w3id.org/talks-kg/graph/";

    private static final String TURTLE_EXTENSION = ".ttl";

    private final String folderName;

    GraphRole(String folderName) {
        this.folderName = folderName;
    }

    /** The conventional folder name, also used in messages: {@code ontology} or {@code data}. */
    public String folderName() {
        return folderName;
    }

    /** The start of the IRI of every named graph of this role, e.g. {@code https://w3id.org/talks-kg/graph/data/}. */
    public String graphNamespace() {
        return GRAPH_NAMESPACE + folderName + "/";
    }

    /**
     * The named graph IRI of a Turtle file, e.g. {@code data/actors.ttl} gives
     * {@code https://w3id.org/talks-kg/graph/data/actors}.
     *
     * @param relativeFile the file's path relative to the role's folder
     */
    public String graphIri(Path relativeFile) {
        // Joined with "/" explicitly: the path may come from a zip or a non-Unix file system.
        String segments = StreamSupport.stream(relativeFile.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
        String withoutExtension = segments.substring(0, segments.length() - TURTLE_EXTENSION.length());
        return graphNamespace() + IRILib.encodeUriPath(withoutExtension);
    }

    static boolean isTurtleFile(Path file) {
        return file.getFileName().toString().endsWith(TURTLE_EXTENSION);
    }
}
