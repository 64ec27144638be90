package org.talkskg.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that is one template filled with a model read from the graph anew on each GET, so that
 * it follows the changes of a store: the timeline, the participation picture.
 */
final class ModelPage extends HttpServlet {

    private final transient Pages pages;
    private final String template;
    private final transient Supplier<?> model;

    ModelPage(Pages pages, String template, Supplier<?> model) {
        this.pages = pages;
        this.template = template;
        this.model = model;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.write(response, HttpServletResponse.SC_OK, template, model.get());
    }
}
