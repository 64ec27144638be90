package org.talkskg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every 503 a servlet sends (Fuseki's {@code Query timed out} among them) says when to try again,
 * with {@code Retry-After}, as the refusals of {@link QueryAdmission} do: after the longest wait
 * for a turn, when a query that waited for one would have had it.
 */
final class RetryAfterFilter extends HttpFilter {

    private final String seconds;

    RetryAfterFilter(int seconds) {
        this.seconds = Integer.toString(seconds);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                sayWhenToRetry(status);
                super.setStatus(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                sayWhenToRetry(status);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                sayWhenToRetry(status);
                super.sendError(status);
            }

            private void sayWhenToRetry(int status) {
                // A refusal that knows better (the update time-out's own bound) keeps its value.
                if (status == SC_SERVICE_UNAVAILABLE && !containsHeader("Retry-After")) {
                    setHeader("Retry-After", seconds);
                }
            }
        });
    }
}
