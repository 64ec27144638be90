package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The answers Jetty writes itself, through the error handler rather than a servlet, so past
 * {@link RetryAfterFilter}: a 503 says when to try again too.
 */
class PlainTextErrorHandlerTest {

    @Test
    void aServletUnavailableIsA503WithRetryAfterInPlainText() throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        PlainTextErrorHandler errors = new PlainTextErrorHandler(7);
        jetty.setErrorHandler(errors);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setErrorHandler(errors);
        // A servlet unavailable for a while: Jetty answers 503 itself, past the filters.
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException {
                throw new UnavailableException("resting", 5);
            }
        }), "/kg/sparql");
        jetty.setHandler(context);
        jetty.start();
        try {
            TestClient client = new TestClient(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));

            HttpResponse<String> response = client.get("kg/sparql?query=ASK%7B%7D");

            assertEquals(503, response.statusCode(), response.body());
            assertEquals(Optional.of("7"), response.headers().firstValue("Retry-After"));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), response.headers().toString());
            assertTrue(response.body().contains("503"), response.body());
        } finally {
            jetty.stop();
        }
    }
}
