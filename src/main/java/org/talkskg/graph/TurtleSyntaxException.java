package org.talkskg.graph;

import java.nio.file.Path;

/** A Turtle file does not parse; carries the file and the position of the first error. */
public final class TurtleSyntaxException extends GraphLoadException {

    private final Path file;
    private final long line;
    private final long column;
    private final String problem;

    TurtleSyntaxException(Path file, long line, long column, String problem) {
        // file:line:column: is the form editors and terminals recognise as a jump target.
        super(file + ":" + line + ":" + column + ": Turtle syntax error: " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
