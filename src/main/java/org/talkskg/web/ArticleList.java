package org.talkskg.web;

import java.util.List;
import java.util.Optional;

/** The list of the documents the graph holds, from the page query {@code articles}. */
public record ArticleList(List<ArticleEntry> articles) {

    static ArticleList read(PageReader reader) {
        Values values = new Values("", Qualifiers.of(List.of()));
        return new ArticleList(reader.select("articles").stream()
                .map(row -> new ArticleEntry(values.ofIri(row.required("article"), row.text("label")), row.text("source").orElse(null),
                        row.text("date").map(date -> DateText.of(date, row.text("precision").orElse(null), row.text("precisionLabel").orElse(null)))
                                .orElse(null),
                        row.integer("sentences")))
                .toList());
    }
}
