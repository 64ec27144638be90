package org.talkskg.web;

import java.util.List;

/**
 * A span of the article that facts cite, and the nodes that cite it.
 *
 * @param anchor the span's id on the article page, the fragment of its IRI ({@code offset_26_44})
 * @param words  the words of the span
 * @param nodes  the nodes whose evidence it is
 */
public record Citation(String anchor, String words, List<Value> nodes) {
}
