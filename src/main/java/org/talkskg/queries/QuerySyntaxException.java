package org.talkskg.queries;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryParseException;

/** A query file is not valid SPARQL; carries the file and, when Jena knows it, the position of the error. */
public final class QuerySyntaxException extends QueryFailedException {

    /** Jena writes the position into some messages ("... at line 4, column 25." or "Line 3, column 8: ..."). */
    private static final Pattern POSITION_IN_MESSAGE =
            Pattern.compile("(?i)(?:\\bat )?\\bline (\\d+), column (\\d+)[.:]?");

    private final Path file;
    private final int line;
    private final int column;
    private final String problem;

    private QuerySyntaxException(Path file, int line, int column, String problem) {
        super(line > 0
                // file:line:column: is the form editors and terminals recognise as a jump target.
                ? file + ":" + line + ":" + column + ": SPARQL syntax error: " + problem
                : file + ": SPARQL error: " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    static QuerySyntaxException of(Path file, QueryParseException e) {
        String message = Messages.firstLine(e.getMessage());
        Matcher position = POSITION_IN_MESSAGE.matcher(message);
        if (!position.find()) {
            return new QuerySyntaxException(file, e.getLine(), e.getColumn(), message);
        }
        // The position in the text is the one of the unexpected token; the exception's own
        // line and column point at the last token that was still fine.
        String problem = (message.substring(0, position.start()) + " " + message.substring(position.end()))
                .replaceAll("\\s+", " ")
                .strip();
        return new QuerySyntaxException(file,
                Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2)), problem);
    }

    public Path file() {
        return file;
    }

    /** The line of the error, or -1 when Jena does not know it (e.g. a variable out of scope). */
    public int line() {
        return line;
    }

    /** The column of the error, or -1 when Jena does not know it. */
    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
