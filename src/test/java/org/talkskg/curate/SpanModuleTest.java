package org.talkskg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Regeneration;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoadException;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;

/** The generated span module: up to date in the repository, exact for a small document, and clear about bad spans. */
class SpanModuleTest {

    private static final String PREFIXES = """
            @prefix tk:  <https://w3id.org/talks-kg/ontology#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix ex:  <https://example.org/doc#> .
            """;

    @Test
    void theShippedSpanModuleIsUpToDate() {
        LoadedGraph graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        // Fails when a fact cites a span that data/spans.ttl lacks, or the file holds spans no longer cited:
        // run bin/talks-kg span --sync (or mvn test -Dregenerate) and commit the result.
        Regeneration.checkOrWrite(Path.of("data", SpanModule.FILE_NAME), SpanModule.render(graph, Path.of("data")));
    }

    @Test
    void writesEveryCitedSpanInTextOrderWithTheContextAndKeepsCuratedSentencesUntyped(@TempDir Path data) throws IOException {
        writeDocument(data, "Putin may meet Zelensky. Or not.", """
                <https://example.org/doc> tk:hasText ex:offset_0_32 .
                ex:offset_25_32 a nif:Sentence .
                <https://example.org/fact> tk:evidence ex:offset_15_23 , ex:offset_0_5 .
                """);

        String turtle = SpanModule.render(load(data), data);

        assertEquals("""
                <https://example.org/doc#offset_0_5>
                        a                     nif:OffsetBasedString;
                        a                     nif:Phrase;
                        nif:referenceContext  <https://example.org/doc#offset_0_32>;
                        nif:beginIndex        "0"^^xsd:nonNegativeInteger;
                        nif:endIndex          "5"^^xsd:nonNegativeInteger;
                        nif:anchorOf          "Putin" .

                <https://example.org/doc#offset_0_32>
                        a               nif:OffsetBasedString;
                        a               nif:Context;
                        nif:beginIndex  "0"^^xsd:nonNegativeInteger;
                        nif:endIndex    "32"^^xsd:nonNegativeInteger;
                        nif:isString    "Putin may meet Zelensky. Or not." .

                <https://example.org/doc#offset_15_23>
                        a                     nif:OffsetBasedString;
                        a                     nif:Phrase;
                        nif:referenceContext  <https://example.org/doc#offset_0_32>;
                        nif:beginIndex        "15"^^xsd:nonNegativeInteger;
                        nif:endIndex          "23"^^xsd:nonNegativeInteger;
                        nif:anchorOf          "Zelensky" .

                <https://example.org/doc#offset_25_32>
                        a                     nif:OffsetBasedString;
                        nif:referenceContext  <https://example.org/doc#offset_0_32>;
                        nif:beginIndex        "25"^^xsd:nonNegativeInteger;
                        nif:endIndex          "32"^^xsd:nonNegativeInteger;
                        nif:anchorOf          "Or not." .
                """, turtle.substring(turtle.indexOf("<https://example.org/doc#offset_0_5>")));
    }

    @Test
    void syncDropsSpansNoLongerCitedAndCountsTheNewOnes(@TempDir Path data) throws IOException {
        writeDocument(data, "Putin may meet Zelensky.", """
                <https://example.org/fact> tk:evidence ex:offset_0_5 .
                """);
        SpanModule.SyncResult first = SpanModule.sync(load(data), data);
        assertEquals(new SpanModule.SyncResult(data.resolve("spans.ttl"), 2, 2, 0), first);

        Files.writeString(data.resolve("facts.ttl"), PREFIXES + "<https://example.org/fact> tk:evidence ex:offset_15_23 .\n");
        SpanModule.SyncResult second = SpanModule.sync(load(data), data);

        assertEquals(new SpanModule.SyncResult(data.resolve("spans.ttl"), 2, 1, 1), second);
        String written = Files.readString(data.resolve("spans.ttl"), StandardCharsets.UTF_8);
        assertEquals(written, SpanModule.render(load(data), data), "a second sync of the same graph changes nothing");
    }

    @Test
    void aSpanPastTheEndOfItsTextIsRefusedWithTheModuleThatCitesIt(@TempDir Path data) throws IOException {
        writeDocument(data, "Short.", "<https://example.org/fact> tk:evidence ex:offset_2_60 .\n");

        SpanException refused = assertThrows(SpanException.class, () -> SpanModule.render(load(data), data));

        assertEquals("https://example.org/doc#offset_2_60, cited in data/facts.ttl, is not a span of "
                + data.resolve("source/doc.txt") + " (6 code points)", refused.getMessage());
    }

    @Test
    void aDocumentWithoutItsTextFileIsRefused(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("facts.ttl"), PREFIXES + "<https://example.org/fact> tk:evidence ex:offset_0_5 .\n");

        SpanException refused = assertThrows(SpanException.class, () -> SpanModule.render(load(data), data));

        assertEquals("No text for the document doc: " + data.resolve("source/doc.txt") + " is missing", refused.getMessage());
    }

    @Test
    void aTextThatIsNotUtf8IsRefused(@TempDir Path data) throws IOException {
        writeDocument(data, "x", "<https://example.org/fact> tk:evidence ex:offset_0_1 .\n");
        Files.write(data.resolve("source/doc.txt"), new byte[] {'P', (byte) 0xE9, 'r', 'e'});

        GraphLoadException refused = assertThrows(GraphLoadException.class, () -> SpanModule.render(load(data), data));

        assertEquals(data.resolve("source/doc.txt") + ": not UTF-8 at byte 1 (line 1): 0xE9; save the file as UTF-8", refused.getMessage());
    }

    /** A data folder with one document's text as source/doc.txt and facts.ttl citing into it. */
    private static void writeDocument(Path data, String text, String facts) throws IOException {
        Files.createDirectories(data.resolve("source"));
        Files.writeString(data.resolve("source/doc.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("facts.ttl"), PREFIXES + facts, StandardCharsets.UTF_8);
    }

    private static LoadedGraph load(Path data) {
        return GraphLoader.load(new GraphFolders(Path.of("src/test/resources/tiny/ontology"), data));
    }
}
