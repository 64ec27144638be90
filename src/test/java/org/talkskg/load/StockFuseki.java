package org.talkskg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

/**
 * The stock Fuseki server jar (org.apache.jena:jena-fuseki-server) on the same Turtle files as
 * talks-kg: every file in a named graph of the same IRI, each an in-memory graph, the default
 * graph their union, and only the read endpoints talks-kg has ({@code /kg/sparql},
 * {@code /kg/query}, {@code /kg/get}). Described by an assembler file, as a Fuseki user would.
 * Or, as a store to publish to, an empty TDB2 database that takes writes.
 */
public final class StockFuseki {

    private StockFuseki() {}

    /** Writes the Fuseki configuration for the files of the folders. */
    static Path writeConfig(GraphFolders folders, Path file) throws IOException {
        List<String> graphs = new ArrayList<>();
        List<String> models = new ArrayList<>();
        GraphLoader.files(folders).forEach((graphIri, turtle) -> {
            String model = "<#graph" + models.size() + ">";
            graphs.add("    ja:namedGraph [ ja:graphName <" + graphIri + "> ; ja:graph " + model + " ]");
            models.add(model + " a ja:MemoryModel ; ja:content [ ja:externalContent <" + turtle.toAbsolutePath().toUri() + "> ] .");
        });
        String config = """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

                <#service> a fuseki:Service ;
                    fuseki:name "kg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                    fuseki:dataset <#dataset> .

                <#dataset> a ja:RDFDataset ;
                    ja:defaultGraph <#union> ;
                %s .

                <#union> a ja:UnionModel ; ja:subModel %s .

                %s
                """.formatted(String.join(" ;\n", graphs),
                        String.join(" , ", models.stream().map(model -> model.substring(0, model.indexOf('>') + 1)).toList()),
                        String.join("\n", models));
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Writes the configuration of a TDB2 database in {@code database}, its default graph the union
     * of its named graphs as in talks-kg, with a query endpoint {@code /kg/sparql} and a read-write
     * Graph Store endpoint {@code /kg/data}, open to all (the server listens on localhost only).
     */
    public static Path writeStoreConfig(Path database, Path file) throws IOException {
        String config = """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

                <#service> a fuseki:Service ;
                    fuseki:name "kg" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                    fuseki:dataset <#dataset> .

                <#dataset> a tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(database.toAbsolutePath());
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    /** Starts the stock server on the configuration, in its own working folder (it writes run/ there). */
    public static ServerProcess start(Path jar, Path config, int port, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(ServerProcess.java(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--localhost", "--port", Integer.toString(port),
                "--config", config.toAbsolutePath().toString()));
        return ServerProcess.start(command, config.getParent());
    }
}
