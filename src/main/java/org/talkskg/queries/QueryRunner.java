package org.talkskg.queries;

import java.io.OutputStream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Runs a parsed query on a target and writes its results in the chosen format. */
public final class QueryRunner {

    private QueryRunner() {}

    /**
     * @param format the output format, or {@code null} for the default of the query's kind
     * @param out    receives the results only; nothing else is written to it
     * @return false if the answer is empty: a SELECT without rows, a CONSTRUCT or DESCRIBE without triples
     */
    public static boolean run(Query query, QueryTarget target, OutputFormat format, OutputStream out) {
        OutputFormat chosen = format != null ? format : OutputFormat.defaultFor(query);
        chosen.checkApplicableTo(query);
        try (QueryExec exec = target.newExecution().query(query).build()) {
            return write(query, exec, chosen, out);
        } catch (QueryExceptionHTTP e) {
            // A status below zero means no HTTP answer came at all.
            throw new QueryFailedException(e.getStatusCode() < 0
                    ? "Cannot connect to " + target.description() + ": is the server running and the address right?"
                    : target.description() + " answered HTTP " + e.getStatusCode() + " " + e.getResponseMessage()
                            + Messages.reason(e.getResponse(), e.getStatusCode(), e.getResponseMessage()), e);
        } catch (HttpException e) {
            throw new QueryFailedException("Cannot connect to " + target.description() + ": " + Messages.firstLine(e.getMessage()), e);
        } catch (QueryException e) {
            throw new QueryFailedException("Query failed on " + target.description() + ": " + Messages.firstLine(e.getMessage()), e);
        }
    }

    /** Writes the answer; false if it is empty. */
    private static boolean write(Query query, QueryExec exec, OutputFormat format, OutputStream out) {
        switch (query.queryType()) {
            case SELECT -> {
                RowSet rows = exec.select();
                boolean any = rows.hasNext();
                resultsWriter(query, format).write(out, rows);
                return any;
            }
            case ASK -> {
                resultsWriter(query, format).write(out, exec.ask());
                return true;
            }
            case CONSTRUCT -> {
                return writeGraph(exec.construct(), format, out);
            }
            case DESCRIBE -> {
                return writeGraph(exec.describe(), format, out);
            }
            default -> throw new QueryFailedException("Queries of type " + query.queryType() + " are not supported");
        }
    }

    private static boolean writeGraph(Graph graph, OutputFormat format, OutputStream out) {
        RDFWriter.source(graph).lang(format.lang()).build().output(out);
        return !graph.isEmpty();
    }

    private static ResultsWriter resultsWriter(Query query, OutputFormat format) {
        return ResultsWriter.create()
                .lang(format.lang())
                // The text table shortens IRIs with the query's prefixes, as Jena's own tools do.
                .set(ARQConstants.symPrologue, query)
                .build();
    }
}
