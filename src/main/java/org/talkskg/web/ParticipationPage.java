package org.talkskg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /participation}: who takes part in what, laid out by ELK and drawn as SVG, and as a table. */
final class ParticipationPage extends HttpServlet {

    static final String PATH = "/participation";

    private final transient PageRows rows;
    private final transient Pages pages;

    ParticipationPage(PageRows rows, Pages pages) {
        this.rows = rows;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(response, HttpServletResponse.SC_OK, "participation.jte", ParticipationLayout.layout(ParticipationGraph.read(rows)));
    }
}
