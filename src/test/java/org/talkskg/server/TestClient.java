package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Real HTTP to a running server: java.net.http for ordinary requests, a raw socket for those it will not send. */
public final class TestClient {

    public static final String JSON_RESULTS = "application/sparql-results+json";

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestClient(URI base) {
        this.base = base;
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(URI.create(pathAndQuery)));
    }

    /**
     * Sends once more if the connection turns out closed before any answer: Jetty closes a kept-alive
     * connection after refusing a request whose body it did not read, and the client only notices
     * when it reuses it. The JDK client retries that way for GET, not for other methods.
     */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        try {
            return http.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return http.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return post(path, "application/x-www-form-urlencoded", form);
    }

    /** The rows of a SELECT sent by GET to /kg/sparql, which must answer 200. */
    public List<List<String>> select(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("kg/sparql?query=" + encode(query)).header("Accept", JSON_RESULTS));
        assertEquals(200, response.statusCode(), response.body());
        return rows(response.body());
    }

    /**
     * Sends raw bytes (a request line, headers and maybe a body, exactly as given) and returns the
     * whole answer as text: for requests a proper client refuses to make.
     */
    public String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The values of each row of a SPARQL JSON result, in the order of the head's variables. */
    public static List<List<String>> rows(String json) {
        JsonObject results = JSON.parse(json);
        JsonArray vars = results.get("head").getAsObject().get("vars").getAsArray();
        List<List<String>> rows = new ArrayList<>();
        for (JsonValue binding : results.get("results").getAsObject().get("bindings").getAsArray()) {
            List<String> row = new ArrayList<>();
            for (JsonValue var : vars) {
                JsonObject value = binding.getAsObject().get(var.getAsString().value()).getAsObject();
                row.add(value.getString("value"));
            }
            rows.add(row);
        }
        return rows;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
