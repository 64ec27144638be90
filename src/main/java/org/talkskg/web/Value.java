package org.talkskg.web;

/**
 * One thing a page shows: a node of the graph by its label, or a literal.
 *
 * @param text      the label, or for a literal its text
 * @param href      where it links to; {@code null} when it is not a link (a literal, an IRI of an unsafe scheme)
 * @param qualifier status and date, e.g. {@code planned, Thursday 15 May 2025, day precision}; {@code null} if it has none
 * @param self      the entity the page is about, shown without a link
 * @param quoted    a text of the graph (a quote, a condition), shown in quotation marks
 */
public record Value(String text, String href, String qualifier, boolean self, boolean quoted) {
}
