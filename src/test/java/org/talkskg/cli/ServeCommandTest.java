package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private static void connect(int port) throws IOException {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
    }
}
