package org.talkskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.export.ExportFormat;
import org.talkskg.export.GraphExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the whole graph in one RDF syntax, with its VoID description as the named graph"
                    + " " + GraphExport.DESCRIPTION_GRAPH + ".",
            "TriG, N-Quads and JSON-LD keep every named graph (one per file, and any an update made);"
                    + " Turtle and RDF/XML get their union.",
            "With --store DIR, what the store holds, changes made over HTTP included, so that a curated"
                    + " change can be brought back into data/.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the graph does not load, the store cannot be opened, or the output file cannot be written",
            "2:the command line is wrong (unknown option, unknown format)",
        })
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = ExportFormatConverter.class,
            description = "turtle, trig, nquads, jsonld or rdfxml.")
    private ExportFormat format;

    @Option(names = "--inferred",
            description = "Add the inferences (super-classes, super-properties, inverses, symmetric and transitive"
                    + " properties), as the named graph https://w3id.org/talks-kg/graph/inferred, or within the union.")
    private boolean inferred;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (replaced if it exists) instead of stdout.")
    private Path output;

    @Mixin
    private StoredGraphOption storedGraph;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        storedGraph.use(graphFolders, spec, graph -> write(graph.dataset()));
        return 0;
    }

    private void write(DatasetGraph dataset) {
        if (output != null) {
            GraphExport.write(dataset, inferred, format, output);
            return;
        }
        try {
            OutputStream out = StandardOutput.of(spec);
            GraphExport.write(dataset, inferred, format, out);
            out.flush();
        } catch (IOException e) {
            // Writing to stdout failed: not the user's doing, so not a one-line user error.
            throw new UncheckedIOException(e);
        }
    }
}
