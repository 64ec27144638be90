package org.talkskg.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter can read and the servlet can then read again. The body is read
 * only when asked for, and {@link RequestLimitsFilter} has bounded its size before.
 */
final class ReplayableRequest extends HttpServletRequestWrapper {

    private byte[] body;

    ReplayableRequest(HttpServletRequest request) {
        super(request);
    }

    /** The body as text, in the request's charset (UTF-8 when it declares none). */
    String bodyText() throws IOException {
        return new String(body(), charset());
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body was read already; it is replayed from memory");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return body == null ? super.getReader() : new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    private byte[] body() throws IOException {
        if (body == null) {
            body = super.getInputStream().readAllBytes();
        }
        return body;
    }

    private Charset charset() {
        String declared = getCharacterEncoding();
        return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
    }
}
