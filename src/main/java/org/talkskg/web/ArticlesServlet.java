package org.talkskg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /articles}: every document of the graph, each linked to its page. */
final class ArticlesServlet extends HttpServlet {

    static final String PATH = "/articles";

    private final transient PageReader reader;
    private final transient Pages pages;

    ArticlesServlet(PageReader reader, Pages pages) {
        this.reader = reader;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(response, HttpServletResponse.SC_OK, "articles.jte", ArticleList.read(reader));
    }
}
