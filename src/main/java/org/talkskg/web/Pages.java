package org.talkskg.web;

import java.io.IOException;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled to classes at build time, so
 * that nothing is compiled while serving. Templates escape every value for its HTML context.
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The page as a string, e.g. {@code render("entity.jte", model)}. */
    public String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

    /** Writes the page as the whole answer, HTML in UTF-8. */
    public void write(HttpServletResponse response, int status, String template, Object model) throws IOException {
        String html = render(template, model);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write(html);
    }
}
