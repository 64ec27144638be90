package org.talkskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

/**
 * 200 concurrent clients run the saved queries against {@code serve} (the built jar, default
 * settings, on the loopback address) for 30 seconds: every answer must be complete and correct.
 * The figures are printed for BENCHMARKS.md; no timing is asserted.
 */
class LoadIT {

    private static final int CLIENTS = 200;
    private static final Duration DURATION = Duration.ofSeconds(30);

    @Test
    void twoHundredClientsForThirtySecondsGetOnlyCorrectAnswers() throws Exception {
        List<LoadDriver.Request> requests = LoadDriver.savedQueries(Path.of("queries"),
                GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))));
        try (ServerProcess server = ServerProcess.serve(List.of(), List.of())) {
            LoadDriver driver = new LoadDriver(server.baseUrl().resolve("kg/sparql"), requests);
            assertEquals(List.of(), driver.checkEach());

            LoadDriver.Result result = driver.run(CLIENTS, DURATION);

            System.out.println("Load: " + requests.size() + " saved queries; " + result.summary());
            assertEquals(0, result.errorCount(), String.join("\n", result.errors()));
            assertTrue(result.requests() >= CLIENTS, result.summary());
        }
    }
}
