package org.talkskg.web;

import java.util.List;

/**
 * A sentence of the article that a fact rests on, with the words it cites marked.
 *
 * @param number       the sentence's number in its article
 * @param sentenceHref the sentence on its article's page
 * @param article      the label of the article, for several articles
 * @param segments     the sentence, cut where the cited words begin and end
 */
public record Evidence(int number, String sentenceHref, String article, List<Segment> segments) {
}
