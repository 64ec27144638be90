package org.talkskg.web;

import java.util.List;

/**
 * The page of a document: what the graph says of it, then its whole text by sentence.
 *
 * @param about     the document as an entity: label, types, publication, its own facts
 * @param sentences its sentences in order
 */
public record ArticlePage(EntityPage about, List<ArticleSentence> sentences) {
}
