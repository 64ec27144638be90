package org.talkskg;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body is kept in memory instead of being sent as it is written: for an answer
 * that is held back until it is complete, to be cached or to be shown inside a page. What happens
 * to the status and the headers is the subclass's business.
 */
public abstract class HeldBackResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;

    protected HeldBackResponse(HttpServletResponse response) {
        super(response);
    }

    /** Everything written so far, through the stream or the writer (in UTF-8). */
    public byte[] heldBody() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setContentLength(int length) {
        // The length is that of the body held back.
    }

    @Override
    public void setContentLengthLong(long length) {
        // As above.
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }

            /**
             * In UTF-8, like the writer (Fuseki writes its plain-text errors so): the servlet API's
             * own print takes each character for one ISO-8859-1 byte, and fails on any other.
             */
            @Override
            public void print(String text) {
                body.writeBytes(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("The answer is kept back in memory, not written asynchronously");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // Nothing is sent while the body is held back.
    }
}
