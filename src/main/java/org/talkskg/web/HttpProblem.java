package org.talkskg.web;

import java.io.IOException;

import org.talkskg.UserFacingException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A request the pages or the API cannot answer, for a reason the client can fix: the status to
 * answer with and a message that says what is wrong (and what would be right).
 */
final class HttpProblem extends UserFacingException {

    private final int status;

    HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    int status() {
        return status;
    }

    /** Answers with the status and the message as plain text, the way the SPARQL endpoint answers its errors. */
    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(getMessage());
    }
}
