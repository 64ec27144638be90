package org.talkskg.web;

/**
 * A piece of a sentence as a page shows it: cited words, linked to the span that cites them, or the
 * plain words between.
 *
 * @param text the words
 * @param href where the cited words link to (their span on the article page); {@code null} for plain words
 */
public record Segment(String text, String href) {

    public boolean cited() {
        return href != null;
    }
}
