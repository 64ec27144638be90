package org.talkskg.web;

import org.talkskg.ProgramResources;
import org.talkskg.queries.SavedQueries;

/**
 * The queries the pages are built from, packed with the program under
 * {@code org/talkskg/web/queries/NAME.rq}, with the same header and parameters as the saved
 * questions, and bound the same injection-safe way. The pages build no SPARQL of their own.
 */
final class PageQueries {

    private PageQueries() {}

    static SavedQueries catalog() {
        return new SavedQueries(ProgramResources.folder("org/talkskg/web/queries"));
    }
}
