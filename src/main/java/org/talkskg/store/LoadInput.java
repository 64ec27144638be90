package org.talkskg.store;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * One file for {@link BulkLoad}: a Turtle file read into the named graph of its IRI, or a quads
 * file (N-Quads or TriG) whose quads keep the graph names they give. Either may be gzipped
 * ({@code .gz}).
 *
 * @param graphIri the named graph of a Turtle file's triples; null for a quads file
 */
public record LoadInput(Path file, Lang lang, String graphIri) {

    private static final String GZIP_EXTENSION = ".gz";

    /** A Turtle file, into one named graph. */
    public static LoadInput turtle(Path file, String graphIri) {
        return new LoadInput(file, Lang.TURTLE, graphIri);
    }

    /**
     * A quads file, its syntax told by its name: {@code .nq} or {@code .trig}, optionally followed by {@code .gz}.
     *
     * @throws StoreException for any other name: a triples file names no graph to load into
     */
    public static LoadInput quads(Path file) {
        Lang lang = RDFLanguages.filenameToLang(withoutGzip(file));
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw new StoreException(file + ": not N-Quads (.nq) or TriG (.trig), the formats that name each triple's graph;"
                    + " put Turtle files in the data folder (--data DIR), where each file is a graph", null);
        }
        return new LoadInput(file, lang, null);
    }

    public boolean gzipped() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZIP_EXTENSION);
    }

    private static String withoutGzip(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(GZIP_EXTENSION)
                ? name.substring(0, name.length() - GZIP_EXTENSION.length()) : name;
    }
}
