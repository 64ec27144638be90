package org.talkskg.queries;

/** Jena's messages can run over many lines (parse errors list every token that was expected). */
final class Messages {

    private Messages() {}

    /** The first line, which says what is wrong. */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** Longest part of a server's reason that a message quotes; a store may answer with a whole page. */
    private static final int MAX_REASON = 300;

    /**
     * What a server's error body says, as ": LINE" to append to the status, or "" when it says
     * nothing more: its first non-blank line, unless that is markup (an HTML error page) or only
     * the status again (Jetty's "HTTP ERROR 404 Not Found").
     */
    static String reason(String body, int status, String statusMessage) {
        String line = body == null ? "" : body.lines().map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
        String statusAgain = (status + " " + statusMessage).strip();
        if (line.isEmpty() || line.startsWith("<") || line.replaceFirst("^HTTP ERROR ", "").equalsIgnoreCase(statusAgain)) {
            return "";
        }
        return ": " + (line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "..." : line);
    }
}
