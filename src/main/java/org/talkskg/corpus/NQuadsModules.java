package org.talkskg.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.talkskg.curate.SourceText;
import org.talkskg.graph.GraphRole;

/**
 * A corpus as one N-Quads file, {@value #FILE_NAME}, for the bulk loader: every data module of every
 * article, the shipped one's too, in the named graph it would have as a Turtle file of a data
 * folder; the texts are under {@code source/} as in a data folder.
 */
final class NQuadsModules implements ModuleWriter {

    static final String FILE_NAME = "corpus.nq";

    private final Path file;
    private final OutputStream out;
    private final StreamRDF quads;

    NQuadsModules(Path output) {
        this.file = output.resolve(FILE_NAME);
        try {
            Files.createDirectories(output);
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new CorpusException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        this.quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        quads.start();
    }

    @Override
    public void shipped(Path shippedData, Map<String, Graph> modules) {
        ModuleWriter.copyTree(shippedData.resolve(SourceText.FOLDER), file.resolveSibling(SourceText.FOLDER));
        modules.forEach((name, graph) -> module(Path.of(name), graph));
    }

    @Override
    public void module(Path path, Graph graph) {
        // Named as the Turtle file of the same path would be, so both formats load into the same graphs.
        Node graphName = NodeFactory.createURI(GraphRole.DATA.graphIri(Path.of(path + ".ttl")));
        try {
            graph.find().forEachRemaining(triple -> quads.quad(Quad.create(graphName, triple)));
        } catch (UncheckedIOException e) {
            throw new CorpusException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (out) {
            quads.finish();
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
