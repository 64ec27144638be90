package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/**
 * Clients that send their requests a byte a second (slowloris) hold neither a thread nor a turn
 * to run a query: an ordinary query beside 300 of them is answered, and a slow body is cut. A
 * body that stops is cut at the idle timeout; connections beyond the limit wait.
 */
class SlowClientsTest {

    private static final int SLOW_BODIES = 300;
    private static final int SLOW_HEADERS = 50;
    /** Declared and trickled by each slow sender: it had to arrive within 5 s + 100 / 500 s. */
    private static final int BODY_BYTES = 100;

    private KgServer server;
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
        server.stop();
    }

    @Test
    void slowSendersDoNotKeepAQueryWaitingAndASlowBodyIsCut() throws Exception {
        start(ConnectionLimits.DEFAULTS);
        for (int i = 0; i < SLOW_BODIES; i++) {
            open("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + BODY_BYTES + "\r\n\r\n");
        }
        for (int i = 0; i < SLOW_HEADERS; i++) {
            open("GET /kg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        // Read from the start, so that what the server answers is taken before a later byte makes it reset the connection.
        CompletableFuture<String> firstAnswer = CompletableFuture.supplyAsync(() -> readUntilClosed(sockets.get(0)));
        // A byte a second on every socket, from now on.
        trickle.scheduleAtFixedRate(this::sendAByteEach, 0, 1, TimeUnit.SECONDS);
        Thread.sleep(2000);

        TestClient client = new TestClient(server.baseUrl());
        HttpResponse<String> ask = client.send(client.request("kg/sparql").timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(BodyPublishers.ofString("ASK {}")));
        assertEquals(200, ask.statusCode(), ask.body());
        assertEquals("_askResult\r\ntrue\r\n", ask.body());

        String answer = firstAnswer.get(15, TimeUnit.SECONDS);
        assertEquals("HTTP/1.1 408 Request Timeout", answer.lines().findFirst().orElse(""));
        assertEquals("Request body too slow: its 100 bytes had to arrive within 5.2 s"
                + " (at least 500 bytes a second after the first 5 s)", answer.lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aBodyThatStopsIsCutAtTheIdleTimeout() throws Exception {
        start(new ConnectionLimits(1, ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, ConnectionLimits.DEFAULT_MAX_CONNECTIONS));
        String answer = new TestClient(server.baseUrl()).raw("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK {}");
        assertEquals("HTTP/1.1 408 Request Timeout", answer.lines().findFirst().orElse(""));
        assertTrue(answer.endsWith("\r\n\r\nRequest body timed out: nothing arrived for 1 s\n"), answer);
    }

    @Test
    void connectionsBeyondTheLimitWaitForOneToClose() throws Exception {
        start(new ConnectionLimits(ConnectionLimits.DEFAULT_IDLE_TIMEOUT_SECONDS, ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, 2));
        open("");
        open("");
        Socket third = new Socket(server.baseUrl().getHost(), server.baseUrl().getPort());
        sockets.add(third);
        third.getOutputStream().write("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        third.setSoTimeout(2000);
        assertThrows(SocketTimeoutException.class, () -> third.getInputStream().read(), "not accepted while two are open");

        sockets.get(0).close();
        third.setSoTimeout(30_000);
        assertEquals("HTTP/1.1 200 OK", readUntilClosed(third).lines().findFirst().orElse(""));
    }

    private void start(ConnectionLimits limits) {
        server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(),
                new ServerSettings(0, "127.0.0.1", 10).withConnections(limits));
    }

    private void open(String head) throws IOException {
        Socket socket = new Socket(server.baseUrl().getHost(), server.baseUrl().getPort());
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        sockets.add(socket);
    }

    private void sendAByteEach() {
        for (Socket socket : sockets) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('x');
                out.flush();
            } catch (IOException closedByTheServer) {
                // Expected once the server has cut the sender.
            }
        }
    }

    /** What arrives until the server closes the connection, or resets it. */
    private static String readUntilClosed(Socket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // The answer came before the reset.
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
