package org.talkskg.server;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Refuses, before anything else reads them, requests the server would otherwise fail on or
 * answer with a 500: a body over the size bound (413) or without a declared length (411), a
 * charset Java does not know (415), and a query string or form that is not valid URL encoding
 * (400). Each answer is plain text saying what was wrong; so are the refusals further on, sent
 * whole whatever letters they echo ({@link ErrorBodyResponse}).
 */
final class RequestLimitsFilter extends HttpFilter {

    private final int maxBodyBytes;

    RequestLimitsFilter(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse sent, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse response = new ErrorBodyResponse(sent);
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            ServletOps.responseSendError(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request body of " + length + " bytes refused: the limit is " + maxBodyBytes + " bytes");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            // Without a declared length the bound could only be found out while reading: refuse up front.
            ServletOps.responseSendError(response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    "A request body needs a Content-Length header (of at most " + maxBodyBytes + " bytes); chunked bodies are not accepted");
            return;
        }
        String charset = request.getCharacterEncoding();
        if (charset != null && !isSupported(charset)) {
            ServletOps.responseSendError(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported charset '" + charset + "': send UTF-8");
            return;
        }
        try {
            // Decodes the query string, and the body of a form, now; the values are kept for later.
            request.getParameterMap();
        } catch (BadMessageException e) {
            Throwable cause = ExceptionUtils.getRootCause(e);
            ServletOps.responseSendError(response, e.getCode(), "Malformed request: " + e.getReason()
                    + (cause == e ? "" : ": " + cause.getMessage()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
