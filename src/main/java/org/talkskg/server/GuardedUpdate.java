package org.talkskg.server;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.talkskg.bounds.QueryBoundException;

/**
 * Fuseki's SPARQL Update action (protocol, content types and answers unchanged), executed so that
 * nothing is fetched and every refusal reaches the client with its status and message:
 * <ul>
 * <li>{@code LOAD} is refused (400): it would make the server read a URL or a file.</li>
 * <li>The update runs with the endpoint's context, so with the SERVICE policy of the queries (a
 *     SERVICE inside a WHERE clause is refused too), and with its own time bound: past it the
 *     evaluation (or the writing of its results) is cancelled, the transaction aborted, and the
 *     client gets 503 with Retry-After.</li>
 * <li>Its change is recorded for the {@link org.talkskg.store.ChangeLog} as a {@link ChangeRequest} with its text.</li>
 * <li>Refusals of the dataset ({@link CuratedDataset}: writing outside the data graphs, breaking the
 *     shapes at commit) abort the transaction and are passed on as they are. Fuseki's own action
 *     would answer some of them with a 500, or lose them.</li>
 * </ul>
 */
final class GuardedUpdate extends SPARQL_Update {

    private final CuratedDataset dataset;
    private final int timeoutSeconds;

    GuardedUpdate(CuratedDataset dataset, int timeoutSeconds) {
        this.dataset = dataset;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (action.getRequestParameter(HttpNames.paramUsingGraphURI) != null
                || action.getRequestParameter(HttpNames.paramUsingNamedGraphURI) != null) {
            ServletOps.errorBadRequest("using-graph-uri and using-named-graph-uri are not supported: write USING in the update");
        }
        String text = IO.readWholeFileAsUTF8(input);
        UpdateRequest request = parse(text);
        for (Update update : request) {
            if (update instanceof UpdateLoad load) {
                ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> refused: the server reads nothing"
                        + " from the web or from files. Send the triples instead: INSERT DATA, or PUT/POST to /kg/data.");
            }
        }
        ChangeRequest change = ChangeRequest.of(action, "SPARQL Update", text).within(Duration.ofSeconds(timeoutSeconds));
        dataset.perform(change, () -> execute(action, request));
    }

    private void execute(HttpAction action, UpdateRequest request) {
        try {
            // The time bound is given to the builder: ARQ.updateTimeout in the context is not enough, as
            // the builder replaces it with its own (unset) timeout, and the WHERE clauses then run unbounded.
            WriteTransaction.run(action, () -> UpdateExec.dataset(action.getActiveDSG()).update(request)
                    .context(action.getContext()).timeout(timeoutSeconds, TimeUnit.SECONDS).execute());
        } catch (QueryCancelledException e) {
            action.setResponseHeader(HttpNames.hRetryAfter, Integer.toString(timeoutSeconds));
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "Update timed out: still running after "
                    + timeoutSeconds + " s, so it was cancelled and nothing was changed. Split it into smaller updates,"
                    + " or bind the variables of its WHERE clause more tightly.", null);
        } catch (QueryBoundException e) {
            throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage() + "; nothing was changed", null);
        }
    }

    private static UpdateRequest parse(String text) {
        try {
            return UpdateFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
            return null;
        }
    }
}
