package org.talkskg.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;

import org.talkskg.HeldBackResponse;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An answer of the query endpoint kept in memory instead of sent, for a page that shows it: its
 * status, its headers and its body. Nothing of it reaches the real response.
 */
final class CapturedAnswer extends HeldBackResponse {

    private final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private int status = SC_OK;

    CapturedAnswer(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    InputStream body() {
        return new ByteArrayInputStream(heldBody());
    }

    /** The body as text; the endpoint's error answers are UTF-8 plain text. */
    String text() {
        return new String(heldBody(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int status, String message) {
        this.status = status;
        getWriter().print(message);
    }

    @Override
    public void sendError(int status) {
        this.status = status;
    }

    @Override
    public void setHeader(String name, String value) {
        headers.put(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.merge(name, value, (first, second) -> first + ", " + second);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        // The endpoint's dates (of caching) are not the page's.
    }

    @Override
    public String getHeader(String name) {
        return headers.get(name);
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public void setContentType(String type) {
        setHeader("Content-Type", type);
    }

    @Override
    public String getContentType() {
        return headers.get("Content-Type");
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // The body is read as UTF-8, which is all the endpoint writes.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
