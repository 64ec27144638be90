package org.talkskg.queries;

/** Jena's messages can run over many lines (parse errors list every token that was expected). */
final class Messages {

    private Messages() {}

    /** The first line, which says what is wrong. */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
