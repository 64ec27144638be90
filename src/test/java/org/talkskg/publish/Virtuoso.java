package org.talkskg.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.talkskg.Fixtures;
import org.talkskg.ServerProcess;

/**
 * OpenLink Virtuoso 7 (Debian's virtuoso-opensource, {@value #BINARY}) on a new database of its
 * own in a folder, on free loopback ports, with its stock login dba/dba. Its SPARQL endpoint is
 * {@code /sparql}, its Graph Store endpoint {@code /sparql-graph-crud-auth} (Digest).
 */
public final class Virtuoso implements AutoCloseable {

    public static final String BINARY = "virtuoso-t";

    private final ServerProcess process;
    private final URI base;

    private Virtuoso(ServerProcess process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Whether the binary is on the PATH. */
    public static boolean installed() {
        return System.getenv("PATH") != null && List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, BINARY)));
    }

    public static Virtuoso start(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int httpPort = Fixtures.freePort();
        Path ini = folder.resolve("virtuoso.ini").toAbsolutePath();
        Path db = folder.toAbsolutePath();
        // Only what a new private database needs; the web root is the package's, read only. Idle
        // connections stay open longer than the JDK client keeps them, so that it never reuses a closed one.
        Files.writeString(ini, """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                DirsAllowed = .
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                ServerThreads = 4
                KeepAliveTimeout = 60
                [SPARQL]
                ResultSetMaxRows = 100000
                MaxQueryExecutionTime = 60
                """.formatted(db, Fixtures.freePort(), httpPort), StandardCharsets.UTF_8);
        ServerProcess process = ServerProcess.start(List.of(BINARY, "+foreground", "+configfile", ini.toString()), folder);
        Virtuoso virtuoso = new Virtuoso(process, URI.create("http://127.0.0.1:" + httpPort + "/"));
        SparqlEndpoint.awaitAnswer(virtuoso.sparql(), process);
        return virtuoso;
    }

    public URI sparql() {
        return base.resolve("sparql");
    }

    public URI graphStore() {
        return base.resolve("sparql-graph-crud-auth");
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
