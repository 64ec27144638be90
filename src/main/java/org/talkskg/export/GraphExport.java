package org.talkskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.talkskg.describe.DatasetDescriptions;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.Inference;
import org.talkskg.graph.Namespaces;

/**
 * The whole graph written out in one RDF syntax: every named graph as it is (a file's graph, or
 * one an update made in a store), optionally the inferences as {@value Inference#GRAPH_IRI}, and
 * the VoID description of them all as {@value #DESCRIPTION_GRAPH}. A syntax with named graphs
 * keeps them, with nothing in the default graph; any other gets their union.
 */
public final class GraphExport {

    /** The named graph of the dataset's own description in an export. */
    public static final String DESCRIPTION_GRAPH = GraphRole.GRAPH_NAMESPACE + "void";

    private GraphExport() {}

    /**
     * @param dataset  named graphs, and their union as default graph, as {@link org.talkskg.graph.LoadedGraph} has them
     * @param inferred add the inferences
     */
    public static void write(DatasetGraph dataset, boolean inferred, ExportFormat format, OutputStream out) {
        DatasetGraph source = inferred ? Inference.view(dataset) : dataset;
        Graph description = DatasetDescriptions.voidOf(source, inferred ? DatasetDescriptions.INFERRED_DATASET : DatasetDescriptions.DATASET);
        DatasetGraph exported = namedGraphs(source);
        exported.addGraph(NodeFactory.createURI(DESCRIPTION_GRAPH), description);
        exported.prefixes().putAll(Namespaces.prefixes());
        RDFWriterBuilder writer = format.keepsNamedGraphs() ? RDFWriter.source(exported) : RDFWriter.source(union(exported));
        writer.format(format.rdfFormat()).output(out);
    }

    /** As {@link #write(DatasetGraph, boolean, ExportFormat, OutputStream)}, into a file, which is replaced if it exists. */
    public static void write(DatasetGraph dataset, boolean inferred, ExportFormat format, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(dataset, inferred, format, out);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + file + ": " + reason(e), e);
        }
    }

    /** The reason alone: the exceptions of java.nio.file put the path in their message, and often nothing else. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }

    /** The named graphs only, copied out of the dataset's transaction, with an empty default graph. */
    private static DatasetGraph namedGraphs(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(name -> {
            Graph graph = GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEachRemaining(graph::add);
            copy.addGraph(name, graph);
        }));
        return copy;
    }

    private static Graph union(DatasetGraph namedGraphs) {
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        namedGraphs.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> union.add(quad.asTriple()));
        return union;
    }
}
