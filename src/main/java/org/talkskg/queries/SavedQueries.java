package org.talkskg.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The catalog of saved queries: one SPARQL file {@code NAME.rq} per query in the queries folder.
 * A query is asked for by its name, or by the path of any {@code .rq} file.
 */
public final class SavedQueries {

    public static final String EXTENSION = ".rq";

    private final Path folder;

    public SavedQueries(Path folder) {
        this.folder = folder;
    }

    /** The file of a saved query name ({@code NAME.rq} in the folder), or the given path if it ends in {@code .rq}. */
    public Path locate(String nameOrFile) {
        if (nameOrFile.endsWith(EXTENSION)) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new QueryFailedException("No query file at " + file);
            }
            return file;
        }
        Path file = folder.resolve(nameOrFile + EXTENSION);
        if (!Files.isRegularFile(file)) {
            throw new QueryFailedException("No saved query named '" + nameOrFile + "': " + file + " does not exist");
        }
        return file;
    }

    /** Locates and parses a query. */
    public Query load(String nameOrFile) {
        return get(nameOrFile).query();
    }

    /** Locates and parses a query, with what its header says about it. */
    public SavedQuery get(String nameOrFile) {
        return read(locate(nameOrFile));
    }

    /** Every saved query of the folder ({@code *.rq}, not in sub-folders), sorted by name. */
    public List<SavedQuery> list() {
        if (!Files.isDirectory(folder)) {
            throw new QueryFailedException("No queries folder at " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(file))
                    .sorted()
                    .map(SavedQueries::read)
                    .toList();
        } catch (IOException e) {
            throw new QueryFailedException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static SavedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryFailedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        return new SavedQuery(name, file, QueryHeader.parse(text), parse(file, text));
    }

    private static Query parse(Path file, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw QuerySyntaxException.of(file, e);
        }
    }
}
