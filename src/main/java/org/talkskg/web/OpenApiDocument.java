package org.talkskg.web;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.talkskg.ProgramVersion;
import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.SavedQuery;

/**
 * The OpenAPI 3 description of {@code /api}, generated from the headers of the saved queries, so
 * that the query files stay the one place where a question, its title and its parameters are
 * written: one operation per question at {@code /NAME} (format by {@code Accept}) and one at
 * {@code /NAME.{format}} (format by extension), with the formats of its kind of answer and the
 * error answers every question can give.
 */
final class OpenApiDocument {

    private static final String TEXT = "text/plain";
    private static final String BAD_REQUEST = "#/components/responses/BadRequest";
    private static final String NOT_ACCEPTABLE = "#/components/responses/NotAcceptable";
    private static final String UNAVAILABLE = "#/components/responses/Unavailable";
    private static final String RESULTS_SCHEMA = "#/components/schemas/SparqlResults";

    private OpenApiDocument() {}

    static JsonObject of(List<SavedQuery> questions) {
        JsonObject document = new JsonObject();
        document.put("openapi", "3.0.3");
        document.put("info", info());
        document.put("servers", array(object("url", ApiServlet.PATH)));
        JsonObject paths = new JsonObject();
        for (SavedQuery saved : questions) {
            paths.put("/" + saved.name(), get(operation(saved, false)));
            paths.put("/" + saved.name() + ".{format}", get(operation(saved, true)));
        }
        paths.put("/" + ApiServlet.OPENAPI, get(openApiOperation()));
        document.put("paths", paths);
        document.put("components", components());
        return document;
    }

    private static JsonObject info() {
        JsonObject info = object("title", "talks-kg saved questions");
        info.put("version", ProgramVersion.value());
        info.put("description", "Every saved SPARQL query of the talks-kg knowledge graph, answered by GET. A parameter is"
                + " given in the query string; a value in <...>, an http(s) IRI or a prefixed name with a known prefix"
                + " (tkd:vladimir-putin) is an IRI, anything else is text, matched by the questions that take it against"
                + " names in any case. Values replace the query's variables as RDF terms: they never become query text."
                + " An empty value means the default. Answers have the bounds of the SPARQL endpoint /kg/sparql: its"
                + " time bound, its row bound (header X-SPARQL-MaxRows when a table was cut) and its admission.");
        return info;
    }

    private static JsonObject operation(SavedQuery saved, boolean byExtension) {
        Query query = saved.query();
        List<AnswerFormat> formats = AnswerFormat.offeredFor(query);
        JsonObject operation = object("operationId", saved.name() + (byExtension ? "-by-extension" : ""));
        operation.put("summary", saved.title());
        operation.put("description", saved.header().question()
                + (saved.header().pattern().isEmpty() ? "" : "\n\nPattern: " + saved.header().pattern())
                + (byExtension ? "\n\nThe format is the extension." : "\n\nThe format is chosen by the Accept header; the default is "
                        + formats.get(0).mediaType() + "."));
        JsonArray parameters = new JsonArray();
        if (byExtension) {
            JsonObject format = object("name", "format");
            format.put("in", "path");
            format.put("required", true);
            format.put("description", "The format of the answer: " + formats.stream()
                    .map(f -> f.extension() + " (" + f.mediaType() + ")").collect(Collectors.joining(", ")));
            JsonObject schema = object("type", "string");
            schema.put("enum", array(formats.stream().map(AnswerFormat::extension).toArray(String[]::new)));
            format.put("schema", schema);
            parameters.add(format);
        }
        saved.header().parameters().forEach(parameter -> parameters.add(queryParameter(parameter)));
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        JsonObject responses = new JsonObject();
        responses.put("200", answer(query, formats));
        responses.put("400", reference(BAD_REQUEST));
        if (!byExtension) {
            responses.put("406", reference(NOT_ACCEPTABLE));
        }
        responses.put("503", reference(UNAVAILABLE));
        operation.put("responses", responses);
        return operation;
    }

    private static JsonObject queryParameter(QueryParameter parameter) {
        JsonObject described = object("name", parameter.name());
        described.put("in", "query");
        described.put("required", parameter.required());
        described.put("description", parameter.meaning());
        JsonObject schema = object("type", "string");
        parameter.defaultValue().ifPresent(value -> schema.put("default", value));
        described.put("schema", schema);
        return described;
    }

    private static JsonObject answer(Query query, List<AnswerFormat> formats) {
        boolean table = query.isSelectType() || query.isAskType();
        JsonObject answer = object("description", table
                ? "The answer as SPARQL results (a table" + (query.isAskType() ? " with a boolean" : "") + ")"
                : "The answer as an RDF graph");
        JsonObject content = new JsonObject();
        for (AnswerFormat format : formats) {
            content.put(format.mediaType(), object("schema", format == AnswerFormat.JSON ? reference(RESULTS_SCHEMA) : object("type", "string")));
        }
        answer.put("content", content);
        if (query.isSelectType()) {
            JsonObject cut = object("description", "Set, to the row bound of the server, when the table was cut there");
            cut.put("schema", object("type", "integer"));
            answer.put("headers", object("X-SPARQL-MaxRows", cut));
        }
        return answer;
    }

    private static JsonObject openApiOperation() {
        JsonObject operation = object("operationId", "openapi");
        operation.put("summary", "This description of the API");
        JsonObject ok = object("description", "The OpenAPI 3 document");
        ok.put("content", object("application/json", object("schema", object("type", "object"))));
        operation.put("responses", object("200", ok));
        return operation;
    }

    private static JsonObject components() {
        JsonObject responses = new JsonObject();
        responses.put("BadRequest", textResponse("An unknown parameter, a parameter given twice, a required one missing, a value that"
                + " is not a valid IRI, or an extension that is not a format of this question; the text says which, and lists"
                + " the question's parameters with their meaning and default"));
        responses.put("NotAcceptable", textResponse("The Accept header accepts none of the formats of this question; the text lists them"));
        responses.put("Unavailable", textResponse("The query ran out of time (Query timed out), or waited too long for its turn"
                + " (Too busy, with Retry-After)"));
        JsonObject components = object("responses", responses);
        components.put("schemas", object("SparqlResults", resultsSchema()));
        return components;
    }

    /** SPARQL 1.1 Query Results JSON: a head with the variables, then the bindings, or the boolean of an ASK. */
    private static JsonObject resultsSchema() {
        JsonObject term = object("type", "object");
        JsonObject termProperties = new JsonObject();
        termProperties.put("type", object("type", "string"));
        termProperties.put("value", object("type", "string"));
        termProperties.put("datatype", object("type", "string"));
        termProperties.put("xml:lang", object("type", "string"));
        term.put("properties", termProperties);
        JsonObject head = object("type", "object");
        head.put("properties", object("vars", arrayOf(object("type", "string"))));
        JsonObject binding = object("type", "object");
        binding.put("additionalProperties", term);
        JsonObject results = object("type", "object");
        results.put("properties", object("bindings", arrayOf(binding)));
        JsonObject properties = new JsonObject();
        properties.put("head", head);
        properties.put("results", results);
        properties.put("boolean", object("type", "boolean"));
        JsonObject schema = object("type", "object");
        schema.put("properties", properties);
        return schema;
    }

    private static JsonObject textResponse(String description) {
        JsonObject response = object("description", description);
        response.put("content", object(TEXT, object("schema", object("type", "string"))));
        return response;
    }

    private static JsonObject get(JsonObject operation) {
        return object("get", operation);
    }

    private static JsonObject reference(String target) {
        return object("$ref", target);
    }

    private static JsonObject arrayOf(JsonObject items) {
        JsonObject array = object("type", "array");
        array.put("items", items);
        return array;
    }

    private static JsonObject object(String key, String value) {
        JsonObject object = new JsonObject();
        object.put(key, value);
        return object;
    }

    private static JsonObject object(String key, JsonObject value) {
        JsonObject object = new JsonObject();
        object.put(key, value);
        return object;
    }

    private static JsonArray array(JsonObject... values) {
        JsonArray array = new JsonArray();
        for (JsonObject value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonArray array(String... values) {
        JsonArray array = new JsonArray();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
