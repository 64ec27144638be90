package org.talkskg.curate;

import java.util.HashMap;
import java.util.Map;

/** A document's text and where each of its numbered sentences lies in it, in code points. */
final class Article {

    private final String document;
    private final String text;
    private final Map<Integer, int[]> sentences = new HashMap<>();

    Article(String document, String text) {
        this.document = document;
        this.text = text;
    }

    void addSentence(int number, int begin, int end) {
        sentences.put(number, new int[] {begin, end});
    }

    String document() {
        return document;
    }

    int length() {
        return text.codePointCount(0, text.length());
    }

    /** The code point range [begin, end) of a sentence. */
    int[] sentence(int number) {
        int[] range = sentences.get(number);
        if (range == null) {
            throw new SpanException("The article has no sentence " + number + " (it has " + sentences.size() + ")");
        }
        return range;
    }

    /** The text between two code point offsets. */
    String substring(int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }
}
