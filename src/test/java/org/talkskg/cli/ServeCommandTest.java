package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.Fixtures;

/** The failures of serve; the running server itself is tested in org.talkskg.server. */
class ServeCommandTest {

    @Test
    void aBrokenFileStopsServeBeforeAnythingListens() {
        int port = Fixtures.freePort();
        Path broken = path("broken/unterminated-literal");

        CommandRun run = CommandRun.of("serve", "--port", Integer.toString(port),
                "--ontology", path("tiny/ontology").toString(), "--data", broken.toString());

        assertEquals(1, run.exitCode());
        assertEquals(broken.resolve("actors.ttl") + ":5:1: Turtle syntax error: Broken token (newline in string)\n", run.err());
        assertEquals("", run.out());
        assertThrows(ConnectException.class, () -> connect(port));
    }

    @Test
    void aMissingFolderIsOneReadableLine(@TempDir Path tmp) {
        Path missing = tmp.resolve("ontology");

        CommandRun run = CommandRun.of("serve", "--port", "0", "--ontology", missing.toString(),
                "--data", path("tiny/data").toString());

        assertEquals(1, run.exitCode());
        assertEquals("No ontology folder at " + missing + "\n", run.err());
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--port", "70000");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("port must be between 0 and 65535, not 70000\n"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        --update                                       | --update needs --store DIR: updates are kept in a persistent store
        --reload                                       | --reload needs --store DIR: it reloads a store
        --store,STORE,--update                         | --update needs --password-file FILE: only the users listed there may update
        --store,STORE,--password-file,passwords        | --password-file and --update-users only go with --update
        --cors,ftp://example.org                       | a CORS origin is * or scheme://host[:port], such as https://example.org, not 'ftp://example.org'
        --cors,https://example.org/page                | a CORS origin is * or scheme://host[:port], such as https://example.org, not 'https://example.org/page'
        --allow-service,example.org                    | a SERVICE endpoint is an http or https URL, such as https://query.wikidata.org/sparql, not 'example.org'
        --max-rows,0                                   | the result row limit must be at least 1, not 0
        --max-request-size,10                          | the request size limit must be at least 1024 bytes, not 10
        --idle-timeout,0                               | the idle timeout must be at least 1 second, not 0
        --min-request-rate,0                           | the minimum request rate must be at least 1 byte per second, not 0
        --max-connections,0                            | the connection limit must be at least 1, not 0
        """)
    void optionsThatDoNotGoTogetherAreUsageErrors(String arguments, String message, @TempDir Path tmp) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        Stream.of(arguments.split(",")).map(arg -> arg.equals("STORE") ? tmp.resolve("store").toString() : arg).forEach(args::add);

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(message + "\n"), run.err());
        assertFalse(Files.exists(tmp.resolve("store")), "a store was created");
    }

    @Test
    void aMissingPasswordFileIsOneReadableLine(@TempDir Path tmp) {
        Path missing = tmp.resolve("passwords");

        CommandRun run = CommandRun.of("serve", "--port", "0", "--store", tmp.resolve("store").toString(),
                "--update", "--password-file", missing.toString());

        assertEquals(1, run.exitCode());
        assertEquals("No password file at " + missing + "\n", run.err());
        assertFalse(Files.exists(tmp.resolve("store")), "a store was created");
    }

    @Test
    void aFolderThatIsNotAStoreIsOneReadableLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        CommandRun run = CommandRun.of("serve", "--port", "0", "--store", tmp.toString());

        assertEquals(1, run.exitCode());
        assertEquals("The folder " + tmp + " is not a store: it has other files and no TDB2 database; give a new or empty folder\n",
                run.err());
    }

    private static void connect(int port) throws IOException {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
    }
}
