package org.talkskg.queries;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How results are printed. SELECT and ASK give a result table; CONSTRUCT and DESCRIBE give a graph. */
public enum OutputFormat {
    TABLE(ResultSetLang.RS_Text, false),
    CSV(ResultSetLang.RS_CSV, false),
    TSV(ResultSetLang.RS_TSV, false),
    JSON(ResultSetLang.RS_JSON, false),
    XML(ResultSetLang.RS_XML, false),
    TURTLE(Lang.TURTLE, true),
    JSONLD(Lang.JSONLD, true),
    NTRIPLES(Lang.NTRIPLES, true);

    private final Lang lang;
    private final boolean forGraphs;

    OutputFormat(Lang lang, boolean forGraphs) {
        this.lang = lang;
        this.forGraphs = forGraphs;
    }

    /** {@code table} for SELECT and ASK, {@code turtle} for CONSTRUCT and DESCRIBE. */
    public static OutputFormat defaultFor(Query query) {
        return returnsGraph(query) ? TURTLE : TABLE;
    }

    /** The name used on the command line, e.g. {@code ntriples}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    Lang lang() {
        return lang;
    }

    void checkApplicableTo(Query query) {
        if (forGraphs != returnsGraph(query)) {
            throw new QueryFailedException("Format " + this + " does not apply to a " + query.queryType()
                    + " query; use one of: " + namesOf(returnsGraph(query)));
        }
    }

    private static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }

    private static String namesOf(boolean forGraphs) {
        return Arrays.stream(values())
                .filter(format -> format.forGraphs == forGraphs)
                .map(OutputFormat::toString)
                .collect(Collectors.joining(", "));
    }
}
