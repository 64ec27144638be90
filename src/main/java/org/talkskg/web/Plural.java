package org.talkskg.web;

/** A number with its noun, for the page texts: "1 meeting", "3 meetings". */
final class Plural {

    private Plural() {}

    /** For nouns whose plural adds an s, as all the pages' nouns do. */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
