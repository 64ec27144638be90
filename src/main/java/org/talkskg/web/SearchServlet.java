package org.talkskg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page, {@code GET /search?q=...}: the form, and the entities whose texts match, ranked,
 * each with its kind and the matched words marked in their text. Without {@code q}, the form only.
 * The same results as JSON for scripts at {@code /search.json?q=...}, or at {@code /search} with
 * {@code Accept: application/json}. A search that cannot be made (too long, no word to look for)
 * is a 400 that says why: on the page for a person, in plain text for a script.
 */
final class SearchServlet extends HttpServlet {

    static final String PATH = "/search";
    static final String JSON_PATH = "/search.json";
    /** Longer is not a search for a name or a phrase; it would only make the query cost more. */
    static final int MAX_LENGTH = 200;

    private static final String JSON_TYPE = "application/json";
    private static final AcceptList OFFERED = AcceptList.create("text/html", JSON_TYPE);

    private final GraphSearch search;
    private final Pages pages;

    SearchServlet(GraphSearch search, Pages pages) {
        this.search = search;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        boolean json = wantsJson(request);
        String query = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        if (query.isEmpty()) {
            // A person gets the form to fill in; a script has forgotten the parameter.
            respond(response, json, json ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK,
                    json ? SearchPage.refused(query, "Say what to search for: " + JSON_PATH + "?q=...") : SearchPage.form());
            return;
        }
        Optional<List<SearchResult>> results = query.length() > MAX_LENGTH ? Optional.empty() : search.search(query);
        if (results.isEmpty()) {
            respond(response, json, HttpServletResponse.SC_BAD_REQUEST, SearchPage.refused(query, whyNot(query)));
            return;
        }
        respond(response, json, HttpServletResponse.SC_OK, SearchPage.found(query, results.get()));
    }

    private static String whyNot(String query) {
        return query.length() > MAX_LENGTH
                ? "The search is " + query.length() + " characters long; it may have at most " + MAX_LENGTH + "."
                : "There is no word to search for in '" + query + "': words such as 'the' or 'of', and punctuation, are not searched.";
    }

    private void respond(HttpServletResponse response, boolean json, int status, SearchPage page) throws IOException {
        if (!json) {
            pages.write(response, status, "search.jte", page);
            return;
        }
        if (!page.problem().isEmpty()) {
            // As the API and the SPARQL endpoint answer a script's mistakes: in plain text.
            new HttpProblem(status, page.problem()).writeTo(response);
            return;
        }
        response.setStatus(status);
        response.setContentType(JSON_TYPE + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        JSON.write(out, json(page));
        out.flush();
    }

    /** By path, or by an {@code Accept} that prefers JSON to HTML. */
    private static boolean wantsJson(HttpServletRequest request) {
        if (JSON_PATH.equals(request.getServletPath())) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType match = AcceptList.match(new AcceptList(accept), OFFERED);
        return match != null && JSON_TYPE.equals(match.getContentTypeStr());
    }

    private static JsonObject json(SearchPage page) {
        JsonArray array = new JsonArray();
        for (SearchResult result : page.results()) {
            JsonObject item = new JsonObject();
            item.put("iri", result.entity());
            item.put("page", result.href());
            item.put("label", result.label());
            item.put("kind", result.kind());
            item.put("matchedIn", result.field());
            item.put("snippet", result.snippet().text());
            JsonArray marked = new JsonArray();
            result.snippet().marked().forEach(marked::add);
            item.put("marked", marked);
            // Three decimals tell the ranks apart; more would only be the float's noise.
            item.put("score", JsonNumber.value(Math.round(result.score() * 1000) / 1000.0));
            array.add(item);
        }
        JsonObject answer = new JsonObject();
        answer.put("query", page.query());
        answer.put("results", array);
        return answer;
    }
}
