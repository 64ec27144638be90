package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.Fixtures;
import org.talkskg.server.TestClient;

/** The site's own files, at /static/ and at the root, and what the server answers for paths nothing serves. */
class SiteFilesTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.on(Fixtures::tinyGraph);

    private static TestClient client;

    @BeforeAll
    static void connect() {
        client = SERVER.client();
    }

    @Test
    void theStylesheetIsServedWithItsTypeAndCacheHeaders() throws Exception {
        HttpResponse<String> response = client.get("static/site.css");

        assertEquals(200, response.statusCode());
        assertEquals("text/css", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(response.body().startsWith("/* talks-kg: the site's stylesheet."), response.body());
    }

    @Test
    void aStylesheetTheBrowserHasIsNotSentAgain() throws Exception {
        String etag = client.get("static/site.css").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = client.send(client.request("static/site.css").header("If-None-Match", etag).GET());

        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void theIconIsServedAtTheRoot() throws Exception {
        HttpResponse<String> response = client.get("favicon.ico");

        assertEquals(200, response.statusCode());
        assertEquals("image/vnd.microsoft.icon", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void everyPageUsesTheSiteStylesheet() throws Exception {
        assertEquals("/static/site.css", SERVER.page(200, "").select("link[rel=stylesheet]").attr("href"));
        assertEquals("/static/site.css", SERVER.page(200, "ontology").select("link[rel=stylesheet]").attr("href"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        GET    | static/missing.css                     | 404
        GET    | static/                                | 403
        GET    | static/../queries/home-triples.rq      | 404
        GET    | org/talkskg/web/static/site.css        | 404
        GET    | talks-kg/data/actors.ttl               | 404
        GET    | home                                   | 404
        GET    | index.html                             | 404
        POST   | nothing-here                           | 405
        DELETE | static/site.css                        | 405
        """)
    void whatNothingServesIsRefusedInPlainText(String method, String path, int status) throws Exception {
        HttpResponse<String> response = client.send(client.request(path).method(method, BodyPublishers.noBody()));

        assertEquals(status, response.statusCode(), response.body());
        assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /static/../../etc/passwd                     | 400 | Bad Request
        /static/%2e%2e/queries/home-triples.rq       | 400 | Bad Request
        /static/..%2f..%2fetc%2fpasswd               | 400 | Ambiguous URI path separator
        /static/%252e%252e/%252e%252e/etc/passwd     | 400 | Ambiguous URI path encoding
        /static/..%5c..%5cetc%5cpasswd               | 400 | Suspicious Path Character
        /static/..;/..;/etc/passwd                   | 400 | Bad Request
        /%2e%2e/talks-kg/data/actors.ttl             | 400 | Bad Request
        /static/WEB-INF/web.xml                      | 404 | Not Found
        /META-INF/MANIFEST.MF                        | 404 | Not Found
        """)
    void aPathOutOfTheSiteFilesIsRefused(String path, int status, String message) throws Exception {
        String answer = client.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains(message), answer);
        assertFalse(answer.contains("root:"), answer);
        assertFalse(answer.contains("PREFIX"), answer);
    }
}
