package org.talkskg.web;

import java.util.List;

/**
 * One sentence of an article's page.
 *
 * @param number     its number in the article
 * @param anchor     its id on the page, the fragment of its IRI ({@code offset_6_109})
 * @param content    whether it carries content; a dateline dash or a heading does not
 * @param note       why it carries none; {@code null} if it does, or no reason is given
 * @param segments   its words, cut where cited spans begin and end, each cited part linked to its span
 * @param citedWhole the nodes that cite the whole sentence
 * @param citations  the spans cited within it, with the nodes that cite each
 */
public record ArticleSentence(int number, String anchor, boolean content, String note, List<Segment> segments,
        List<Value> citedWhole, List<Citation> citations) {

    /** Its classes in the page's markup. */
    public String cssClass() {
        return content ? "sentence" : "sentence no-content";
    }
}
