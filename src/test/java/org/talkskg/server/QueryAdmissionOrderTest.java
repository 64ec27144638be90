package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.talkskg.admission.QueryLanes;
import org.talkskg.admission.QueryRefusedException;
import org.talkskg.admission.RunningQueries;
import org.talkskg.admission.RunningQuery;

/**
 * The order in which {@link QueryAdmission} lets waiting queries in: by arrival, except that a
 * request whose query ran long before waits behind every other.
 */
class QueryAdmissionOrderTest {

    private static final String PATH = "/kg/sparql";

    @Test
    @Timeout(20)
    void aRequestThatRanLongBeforeWaitsBehindOnesThatArrivedAfterIt() throws Exception {
        try (RunningQueries running = new RunningQueries(new QueryLanes(1, Duration.ofMillis(20)))) {
            makeKnownLong(running, "GET", PATH + "?query=heavy");
            List<String> admitted = new CopyOnWriteArrayList<>();
            CountDownLatch holdFirst = new CountDownLatch(1);
            QueryAdmission admission = new QueryAdmission(recording(admitted, holdFirst), List.of(PATH), 1,
                    Duration.ofSeconds(30), running, 10);
            Server jetty = serving(admission);
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI base = baseUri(jetty);
                CompletableFuture<?> first = get(http, base, "first");
                awaitTrue(() -> admitted.contains("first"));
                CompletableFuture<?> heavy = get(http, base, "heavy");
                awaitTrue(() -> admission.getSuspendedRequestCount() == 1);
                CompletableFuture<?> cheap = get(http, base, "cheap");
                awaitTrue(() -> admission.getSuspendedRequestCount() == 2);

                holdFirst.countDown();
                CompletableFuture.allOf(first, heavy, cheap).get();

                assertEquals(List.of("first", "cheap", "heavy"), admitted);
            } finally {
                jetty.stop();
            }
        }
    }

    @Test
    @Timeout(60)
    void moreQueriesThanJettysOwnLimitWaitAndAreAllAnswered() throws Exception {
        int waiting = 1100;
        try (RunningQueries running = new RunningQueries(QueryLanes.DEFAULTS)) {
            CountDownLatch holdFirst = new CountDownLatch(1);
            QueryAdmission admission = new QueryAdmission(recording(new CopyOnWriteArrayList<>(), holdFirst), List.of(PATH), 1,
                    Duration.ofSeconds(30), running, waiting);
            Server jetty = serving(admission);
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI base = baseUri(jetty);
                CompletableFuture<HttpResponse<Void>> first = get(http, base, "first");
                List<CompletableFuture<HttpResponse<Void>>> others = new ArrayList<>();
                for (int n = 0; n < waiting; n++) {
                    others.add(get(http, base, "q" + n));
                }
                // Each is either waiting or already answered (Jetty's own limit would have answered some 503 at once).
                awaitTrue(() -> admission.getSuspendedRequestCount() + others.stream().filter(CompletableFuture::isDone).count() == waiting);

                holdFirst.countDown();
                first.get();
                Map<Integer, Long> statuses = new TreeMap<>();
                for (CompletableFuture<HttpResponse<Void>> answer : others) {
                    statuses.merge(answer.get().statusCode(), 1L, Long::sum);
                }

                assertEquals(Map.of(200, (long) waiting), statuses);
            } finally {
                jetty.stop();
            }
        }
    }

    private static Server serving(QueryAdmission admission) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(admission);
        jetty.start();
        return jetty;
    }

    private static URI baseUri(Server jetty) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + PATH);
    }

    /** Runs a query for this request on this thread past the long-query bound, as the servlet would. */
    private static void makeKnownLong(RunningQueries running, String method, String pathAndQuery) throws QueryRefusedException {
        UUID shape = RunningQueries.requestShape(method, pathAndQuery, ByteBuffer.allocate(0));
        QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query("ASK {}").build();
        try (RunningQuery query = running.admit(exec, "ASK {}", Optional.of(shape))) {
            while (!running.isKnownLong(shape)) {
                Thread.onSpinWait();
            }
        }
    }

    /** Answers 200 and notes the {@code query} parameter of each request it is given; holds the first until released. */
    private static Handler recording(List<String> admitted, CountDownLatch holdFirst) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String query = Request.extractQueryParameters(request).getValue("query");
                admitted.add(query);
                if (query.equals("first")) {
                    holdFirst.await();
                }
                response.setStatus(200);
                callback.succeeded();
                return true;
            }
        };
    }

    private static CompletableFuture<HttpResponse<Void>> get(HttpClient http, URI base, String query) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "?query=" + query)).build(), BodyHandlers.discarding());
    }

    /** Waits for a condition another thread brings about; the test's own timeout bounds it. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(5);
        }
    }
}
