package org.talkskg.server;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.QueryCancelledException;
import org.talkskg.admission.QueryRefusedException;
import org.talkskg.admission.RunningQueries;
import org.talkskg.admission.RunningQuery;
import org.talkskg.bounds.OfferedFunctions;
import org.talkskg.bounds.QueryBoundException;

/**
 * Fuseki's SPARQL query action with the bounds of a public endpoint:
 * <ul>
 * <li>A SERVICE clause the {@link ServicePolicy} does not allow is refused (422) before the query
 *     runs, wherever it sits (the policy also guards each call as it happens).</li>
 * <li>A dataset description (FROM, FROM NAMED, {@code default-graph-uri}, {@code named-graph-uri})
 *     may only name graphs of the dataset: Fuseki never fetches them, and a name that is not
 *     there (a file: or web IRI) is a 400 rather than a silently empty answer.</li>
 * <li>Function and property function IRIs of the {@code java:} scheme are refused (400): ARQ
 *     would load a class of that name from the server's classpath. So is a function that is not
 *     one of the {@link OfferedFunctions}.</li>
 * <li>A query that goes past a bound while it runs (a string longer than the
 *     {@link org.talkskg.bounds.StringBound}) is refused with 422.</li>
 * <li>Result size: a SELECT returns at most {@code maxRows} rows; a longer result is cut there and
 *     the response carries {@value #TRUNCATED_HEADER}. CONSTRUCT and DESCRIBE use at most
 *     {@code maxRows} solutions of their WHERE clause.</li>
 * <li>Every result is complete in memory before the first byte is sent, so a query that runs out
 *     of time is a clean 503, never a 200 with a cut-off body.</li>
 * </ul>
 * How many queries run at once is {@link QueryAdmission}'s business, before this action; which
 * of them may keep running past a cheap query's share of the processors, or when memory runs
 * short, is {@link RunningQueries}'s, which stops a query with 503.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    /** Set, to the row limit, when a SELECT result was cut (the name Virtuoso uses for the same thing). */
    static final String TRUNCATED_HEADER = "X-SPARQL-MaxRows";

    private final int maxRows;
    private final ServicePolicy services;
    private final RunningQueries runningQueries;

    GuardedQuery(int maxRows, ServicePolicy services, RunningQueries runningQueries) {
        this.maxRows = maxRows;
        this.services = services;
        this.runningQueries = runningQueries;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(triple -> refuseJavaClass(triple.getPredicate()));
            }

            @Override
            public void visit(OpService service) {
                services.refusal(service.getService())
                        .ifPresent(refusal -> ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, refusal));
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function.getFunctionIRI() != null) {
                    refuseJavaClass(NodeFactory.createURI(function.getFunctionIRI()));
                    refuseUnoffered(function.getFunctionIRI());
                }
            }
        });
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
        if (description != null) {
            DatasetGraph dataset = action.getActiveDSG();
            description.getDefaultGraphURIs().forEach(graph -> requireGraph(dataset, graph));
            description.getNamedGraphURIs().forEach(graph -> requireGraph(dataset, graph));
        }
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        return Pair.create(chosen.getLeft(), limited(chosen.getRight()));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        RunningQuery running = admitted(action, queryExec, requestQuery);
        try (running) {
            return boundedAnswer(action, queryExec, requestQuery, queryStringLog);
        } catch (QueryBoundException e) {
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage());
        } catch (QueryCancelledException e) {
            // Stopped by the server for a turn or for memory; otherwise it ran into its time bound, which Fuseki reports.
            running.stopReason().ifPresent(reason -> ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, reason));
            throw e;
        } catch (OutOfMemoryError e) {
            // The last resort, when the heap ran out before RunningQueries could stop the query: its answer is gone with the stack.
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query stopped: the server ran out of memory while it ran;"
                    + " try again later, or ask for a smaller answer");
        }
        return null;
    }

    private RunningQuery admitted(HttpAction action, QueryExec queryExec, Query requestQuery) {
        Optional<UUID> requestShape = action.getRequest().getAttribute(QueryAdmission.REQUEST_SHAPE) instanceof UUID shape
                ? Optional.of(shape) : Optional.empty();
        try {
            return runningQueries.admit(queryExec, requestQuery.toString(), requestShape);
        } catch (QueryRefusedException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
            return null;
        }
    }

    private QueryExecResult boundedAnswer(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType()) {
            RowSet rowSet = queryExec.select();
            List<Binding> rows = Iter.toList(rowSet);
            if (rows.size() > maxRows) {
                action.setResponseHeader(TRUNCATED_HEADER, Integer.toString(maxRows));
                rows = rows.subList(0, maxRows);
            }
            return new QueryExecResult(RowSetStream.create(rowSet.getResultVars(), rows.iterator()));
        }
        if (requestQuery.isJsonType()) {
            return new QueryExecResult(Iter.toList(queryExec.execJsonItems()).iterator());
        }
        // CONSTRUCT, DESCRIBE and ASK: Fuseki computes the whole answer before sending it.
        return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    /** The query with a LIMIT no larger than the bound; for SELECT one row more, to tell a cut result from a full one. */
    private Query limited(Query query) {
        if (query.isAskType()) {
            return query;
        }
        long bound = query.isSelectType() ? maxRows + 1L : maxRows;
        if (query.hasLimit() && query.getLimit() <= bound) {
            return query;
        }
        Query limited = query.cloneQuery();
        limited.setLimit(bound);
        return limited;
    }

    private static void requireGraph(DatasetGraph dataset, String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        if (!Quad.isUnionGraph(graph) && !Quad.isDefaultGraph(graph) && !dataset.containsGraph(graph)) {
            ServletOps.errorBadRequest("No graph " + NodeFmtLib.strNT(graph) + " in this dataset. FROM, FROM NAMED,"
                    + " default-graph-uri and named-graph-uri only choose among the dataset's own named graphs;"
                    + " nothing is fetched from the web or read from files.");
        }
    }

    private static void refuseUnoffered(String iri) {
        if (!OfferedFunctions.isOffered(iri)) {
            ServletOps.errorBadRequest("Function <" + iri + "> is not offered here: queries may call SPARQL's functions,"
                    + " XPath's fn: and math: functions and the XSD casts (SECURITY.md lists those withheld)");
        }
    }

    private static void refuseJavaClass(Node iri) {
        if (iri.isURI() && iri.getURI().startsWith(ARQConstants.javaClassURIScheme)) {
            ServletOps.errorBadRequest("Function " + NodeFmtLib.strNT(iri) + " refused: the java: scheme would load a class"
                    + " on the server; use the functions of SPARQL and of ARQ's function library");
        }
    }
}
