package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.Fixtures;

/** The UI's static files cannot be climbed out of, and no admin call changes anything. */
class StaticFilesAndAdminTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(Fixtures.tinyGraph(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /../etc/passwd                        | 400 | Bad Request
        /%2e%2e/%2e%2e/etc/passwd             | 400 | Bad Request
        /..%2f..%2fetc%2fpasswd               | 400 | Ambiguous URI path separator
        /%2e%2e%2f%2e%2e%2fetc%2fpasswd       | 400 | Ambiguous URI path separator
        /%252e%252e/%252e%252e/etc/passwd     | 400 | Ambiguous URI path encoding
        /..%5c..%5cetc%5cpasswd               | 400 | Suspicious Path Character
        /index.html/../../../etc/passwd       | 400 | Bad Request
        /..;/..;/etc/passwd                   | 400 | Bad Request
        /%2e%2e/talks-kg/data/actors.ttl      | 400 | Bad Request
        /%2e%2e/META-INF/MANIFEST.MF          | 400 | Bad Request
        /WEB-INF/web.xml                      | 404 | Not Found
        /META-INF/MANIFEST.MF                 | 404 | Not Found
        """)
    void aPathOutOfTheUiFolderIsRefused(String path, int status, String message) throws Exception {
        String answer = client.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("Content-Type: text/plain;charset=utf-8"), answer);
        assertTrue(answer.contains(message), answer);
        assertFalse(answer.contains("root:"), answer);
    }

    @Test
    void theUiFilesAreStillServed() throws Exception {
        assertEquals(200, client.get("index.html").statusCode());
        assertEquals(200, client.get("static/../index.html").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        $/datasets           | 404 | 405 | 405
        $/datasets/kg        | 404 | 405 | 405
        $/backup/kg          | 404 | 405 | 405
        $/backups/list       | 404 | 405 | 405
        $/compact/kg         | 404 | 405 | 405
        $/reload             | 404 | 405 | 405
        $/tasks              | 404 | 405 | 405
        $/sleep              | 404 | 405 | 405
        $/logs               | 404 | 405 | 405
        $/metrics            | 404 | 405 | 405
        $/server             | 200 | 200 | 200
        $/stats/kg           | 200 | 200 | 405
        """)
    void noAdminCallChangesAnything(String path, int get, int post, int delete) throws Exception {
        // The UI's status calls answer POST (and $/server any method) as they answer GET: with a report, changing nothing.
        assertEquals(get, client.get(path).statusCode(), "GET " + path);
        assertEquals(post, client.postForm(path, "dbName=other&dbType=tdb2").statusCode(), "POST " + path);
        assertEquals(delete, client.send(client.request(path).DELETE()).statusCode(), "DELETE " + path);
        assertEquals(List.of(List.of("12")), client.select(COUNT));
    }
}
