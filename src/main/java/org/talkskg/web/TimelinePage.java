package org.talkskg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /timeline}: the dated events on a time axis drawn as SVG, as a table, and the undated ones apart. */
final class TimelinePage extends HttpServlet {

    static final String PATH = "/timeline";

    private final transient PageRows rows;
    private final transient Pages pages;

    TimelinePage(PageRows rows, Pages pages) {
        this.rows = rows;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(response, HttpServletResponse.SC_OK, "timeline.jte", Timeline.read(rows));
    }
}
