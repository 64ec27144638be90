package org.talkskg.validate;

import java.util.List;

/**
 * How many of the article's sentences are cited by at least one evidence span.
 *
 * @param cited      content sentences with evidence inside them
 * @param uncited    content sentences no fact points into: each is a gap in the extraction
 * @param nonContent sentences marked as carrying nothing (tk:carriesContent false)
 */
public record Coverage(List<Sentence> cited, List<Sentence> uncited, List<Sentence> nonContent) {

    /** A sentence of the article: its number (from 1) and its text. */
    public record Sentence(int number, String text) {}

    public int contentSentences() {
        return cited.size() + uncited.size();
    }

    public boolean complete() {
        return uncited.isEmpty() && contentSentences() > 0;
    }
}
