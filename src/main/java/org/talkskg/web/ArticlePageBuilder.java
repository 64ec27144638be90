package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link ArticlePage} of a document from {@code article-sentences} and
 * {@code article-citations}. Every cited span becomes an anchor under the sentence it begins in,
 * named by its IRI's fragment, so that a span IRI ({@code DOCUMENT#offset_B_E}) leads to its words.
 */
final class ArticlePageBuilder {

    private final PageReader reader;
    private final EntityPageBuilder entities;

    ArticlePageBuilder(PageReader reader, EntityPageBuilder entities) {
        this.reader = reader;
        this.entities = entities;
    }

    /** The page, if the entity is a document with a text of sentences. */
    Optional<ArticlePage> build(String iri) {
        List<Row> sentences = reader.select("article-sentences", iri);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        Values values = new Values(iri, Qualifiers.of(List.of()));
        Map<String, SpanDraft> spans = new LinkedHashMap<>();
        for (Row row : reader.select("article-citations", iri)) {
            spans.computeIfAbsent(row.required("span"), span -> new SpanDraft(span, row.integer("begin"), row.integer("end"), row.required("words")))
                    .nodes.add(values.ofIri(row.required("node"), row.text("nodeLabel")));
        }
        List<ArticleSentence> page = new ArrayList<>();
        for (Row sentence : sentences) {
            page.add(sentence(sentence, spans));
        }
        return Optional.of(new ArticlePage(entities.build(iri), page));
    }

    private static ArticleSentence sentence(Row row, Map<String, SpanDraft> spans) {
        String iri = row.required("sentence");
        int begin = row.integer("begin");
        int end = row.integer("end");
        List<Value> citedWhole = spans.containsKey(iri) ? spans.get(iri).nodes : List.of();
        List<SpanDraft> within = spans.values().stream()
                .filter(span -> !span.iri.equals(iri) && begin <= span.begin && span.begin < end).toList();
        List<TextSegments.Span> cuts = within.stream().map(span -> new TextSegments.Span(span.begin, span.end, "#" + anchor(span.iri))).toList();
        List<Citation> citations = within.stream().map(span -> new Citation(anchor(span.iri), span.words, List.copyOf(span.nodes))).toList();
        return new ArticleSentence(row.integer("number"), anchor(iri), row.text("carriesContent").map(Boolean::parseBoolean).orElse(true),
                row.text("note").orElse(null), TextSegments.split(row.required("text"), begin, cuts), List.copyOf(citedWhole), citations);
    }

    /** The fragment of a span's IRI, its id on the page. */
    private static String anchor(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(hash + 1);
    }

    /** A cited span while the citation rows are read. */
    private static final class SpanDraft {
        final String iri;
        final int begin;
        final int end;
        final String words;
        final List<Value> nodes = new ArrayList<>();

        SpanDraft(String iri, int begin, int end, String words) {
            this.iri = iri;
            this.begin = begin;
            this.end = end;
            this.words = words;
        }
    }
}
