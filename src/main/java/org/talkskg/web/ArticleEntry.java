package org.talkskg.web;

/**
 * One document on the list of articles.
 *
 * @param article   the document, linked to its page
 * @param source    where it comes from; {@code null} if the graph does not say
 * @param published its publication date in words, with its precision; {@code null} if not known
 * @param sentences how many sentences its text has
 */
public record ArticleEntry(Value article, String source, String published, int sentences) {
}
