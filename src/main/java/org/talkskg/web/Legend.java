package org.talkskg.web;

import java.util.List;
import java.util.Map;

/** The concepts of a code list with their definitions, for the legend of the colours that stand for them. */
final class Legend {

    private Legend() {}

    /** By the page query code-list, in the order of the labels. */
    static List<LegendEntry> of(PageReader rows, String schemeIri) {
        return rows.select("code-list", Map.of("scheme", "<" + schemeIri + ">")).stream()
                .map(row -> new LegendEntry(new Concept(row.required("concept"), row.required("label")), row.nonEmpty("definition").orElse("")))
                .toList();
    }
}
