package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code entity-evidence} as {@link Evidence}, node by node: one entry per sentence a
 * node cites, in the order of the article, with every span the node cites there marked.
 */
final class EvidenceRows {

    private final Map<String, List<Evidence>> byNode;

    private EvidenceRows(Map<String, List<Evidence>> byNode) {
        this.byNode = byNode;
    }

    static EvidenceRows of(List<Row> rows) {
        Map<String, Map<String, List<Row>>> bySentence = new LinkedHashMap<>();
        for (Row row : rows) {
            bySentence.computeIfAbsent(row.required("node"), node -> new LinkedHashMap<>())
                    .computeIfAbsent(row.required("sentence"), sentence -> new ArrayList<>()).add(row);
        }
        Map<String, List<Evidence>> byNode = new LinkedHashMap<>();
        bySentence.forEach((node, sentences) -> byNode.put(node, sentences.values().stream().map(EvidenceRows::evidence).toList()));
        return new EvidenceRows(byNode);
    }

    /** What a node cites, sentence by sentence; empty if it cites nothing. */
    List<Evidence> of(String node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** One sentence, from the rows of the spans a node cites in it. */
    private static Evidence evidence(List<Row> spansInSentence) {
        Row first = spansInSentence.get(0);
        List<TextSegments.Span> spans = spansInSentence.stream()
                .map(row -> new TextSegments.Span(row.integer("spanBegin"), row.integer("spanEnd"),
                        Links.safeHref(row.required("span")).orElse(null)))
                .toList();
        return new Evidence(first.integer("number"), Links.safeHref(first.required("sentence")).orElse(null),
                first.text("articleLabel").orElse(null),
                TextSegments.split(first.required("sentenceText"), first.integer("sentenceBegin"), spans));
    }
}
