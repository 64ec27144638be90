package org.talkskg.queries;

import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.query.Query;

/**
 * A query file, parsed: its name, what its header says about it, and the query itself.
 *
 * @param name   the file name without {@code .rq}, e.g. {@code evidence-for}
 * @param file   where it was read from
 * @param header title, question, parameters and pattern from the leading comment block
 * @param query  the parsed query, parameters still as variables
 */
public record SavedQuery(String name, Path file, QueryHeader header, Query query) {

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(query, "query");
    }

    public String title() {
        return header.title();
    }
}
