package org.talkskg.server;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose error bodies are sent whole. Fuseki writes the message of a refusal as plain
 * UTF-8 text but declares its length in characters ({@code ServletOps.writeMessagePlainText}):
 * for a message with a letter outside ASCII (a graph's name, a label echoed back) Jetty found
 * more bytes than declared and answered 500 instead, with no message. A length declared for an
 * error (status 400 or more) is therefore left out: Jetty counts the bytes itself when the body is
 * complete.
 */
final class ErrorBodyResponse extends HttpServletResponseWrapper {

    ErrorBodyResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setContentLength(int length) {
        if (getStatus() < SC_BAD_REQUEST) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (getStatus() < SC_BAD_REQUEST) {
            super.setContentLengthLong(length);
        }
    }
}
