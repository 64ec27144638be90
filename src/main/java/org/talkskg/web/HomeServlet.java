package org.talkskg.web;

import java.io.IOException;

import org.talkskg.queries.SavedQueries;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The home page, at {@code /} exactly: every other path that nothing serves stays a 404. */
final class HomeServlet extends HttpServlet {

    private final PageReader data;
    private final SavedQueries questions;
    private final Pages pages;

    HomeServlet(PageReader data, SavedQueries questions, Pages pages) {
        this.data = data;
        this.questions = questions;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(response, HttpServletResponse.SC_OK, "home.jte", HomePage.read(data, questions));
    }
}
