package org.talkskg.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.talkskg.graph.Namespaces;

/** A corpus as a data folder: the shipped files as they are, each variant module a Turtle file of its own. */
final class TurtleModules implements ModuleWriter {

    private final Path output;

    TurtleModules(Path output) {
        this.output = output;
    }

    @Override
    public void shipped(Path shippedData, Map<String, Graph> modules) {
        ModuleWriter.copyTree(shippedData, output);
    }

    @Override
    public void module(Path path, Graph graph) {
        Path file = output.resolve(path + ".ttl");
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
            }
        } catch (IOException e) {
            throw new CorpusException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {}
}
