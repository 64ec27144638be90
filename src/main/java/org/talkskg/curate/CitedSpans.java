package org.talkskg.curate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.graph.Namespaces;

/**
 * The evidence spans the data modules cite (every IRI of the form {@code DOCUMENT#offset_BEGIN_END}
 * outside {@value SpanModule#FILE_NAME}), each with the source text it points into.
 */
public final class CitedSpans {

    private static final String MENTIONED_SPANS = """
            SELECT DISTINCT ?span ?graph WHERE {
              GRAPH ?graph { { ?span ?p ?o } UNION { ?s ?p ?span } }
              FILTER (isIRI(?span) && REGEX(STR(?span), "#offset_[0-9]+_[0-9]+$") && ?graph != <%s>)
            } ORDER BY ?graph ?span""".formatted(SpanModule.GRAPH_IRI);

    private static final String HELD_TEXTS = """
            SELECT ?context ?text WHERE { ?context <%sisString> ?text }""".formatted(Namespaces.NIF);

    private CitedSpans() {}

    /**
     * Refuses a graph whose evidence points into no loaded text, before it is served or checked:
     * a document's text file missing or not UTF-8, a span outside it, or a text the graph does not
     * hold as the document's NIF context ({@value SpanModule#FILE_NAME} missing, or made from another text).
     *
     * @throws org.talkskg.UserFacingException with one line naming the span or the file
     */
    public static void requireLoadedTexts(LoadedGraph graph, Path dataFolder) {
        Map<String, String> held = heldTexts(graph);
        Map<String, SourceText> compared = new HashMap<>();
        read(graph, dataFolder).forEach((span, text) -> {
            if (compared.put(span.document(), text) != null) {
                return;
            }
            String inGraph = held.get(span.document());
            Path spanModule = dataFolder.resolve(SpanModule.FILE_NAME);
            if (inGraph == null) {
                throw new SpanException(span.iri() + " points into no loaded text: the graph holds no text of "
                        + span.document() + " (" + spanModule + " is missing or out of date: run talks-kg span --sync)");
            }
            if (!inGraph.equals(text.text())) {
                throw new SpanException(spanModule + " holds another text of " + span.document() + " than "
                        + text.file() + ": run talks-kg span --sync");
            }
        });
    }

    /**
     * Every span the modules other than {@value SpanModule#FILE_NAME} mention, in text order, each
     * with its document's text, read from the data folder, and checked to lie inside it.
     *
     * @throws SpanException if a document's text is missing or a span lies outside it
     */
    static Map<SpanIri, SourceText> read(LoadedGraph graph, Path dataFolder) {
        Map<String, SourceText> texts = new TreeMap<>();
        Map<SpanIri, SourceText> spans = new TreeMap<>(SpanIri.TEXT_ORDER);
        for (QuerySolution row : graph.select(MENTIONED_SPANS)) {
            Optional<SpanIri> parsed = SpanIri.parse(row.getResource("span").getURI());
            if (parsed.isEmpty() || spans.containsKey(parsed.get())) {
                continue;
            }
            SpanIri span = parsed.get();
            SourceText text = texts.computeIfAbsent(span.document(), document -> SourceText.read(dataFolder, span.documentName()));
            if (!text.fits(span)) {
                throw new SpanException(span.iri() + ", cited in " + moduleOf(row.getResource("graph").getURI())
                        + ", is not a span of " + text.file() + " (" + text.length() + " code points)");
            }
            spans.put(span, text);
        }
        return spans;
    }

    /** Document IRI to the text the graph holds for it, as the nif:isString of its context. */
    private static Map<String, String> heldTexts(LoadedGraph graph) {
        Map<String, String> texts = new HashMap<>();
        for (QuerySolution row : graph.select(HELD_TEXTS)) {
            SpanIri.parse(row.getResource("context").getURI())
                    .ifPresent(context -> texts.put(context.document(), row.getLiteral("text").getString()));
        }
        return texts;
    }

    /** {@code data/claims.ttl} for the graph {@code .../graph/data/claims}, for messages. */
    private static String moduleOf(String graphIri) {
        return graphIri.startsWith(GraphRole.GRAPH_NAMESPACE) ? graphIri.substring(GraphRole.GRAPH_NAMESPACE.length()) + ".ttl" : graphIri;
    }
}
