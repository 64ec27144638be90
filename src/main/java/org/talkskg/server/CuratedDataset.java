package org.talkskg.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.talkskg.graph.GraphRole;
import org.talkskg.store.ChangeLog;
import org.talkskg.store.NetChange;
import org.talkskg.store.StoreException;
import org.talkskg.validate.ChangeCheck;
import org.talkskg.validate.Violation;

/**
 * The persistent store as the server shows it when updates are on. Like the read-only view, its
 * default graph is the union of the named graphs (it implements {@link DatasetGraphWrapperView}
 * so that ARQ does not unwrap it). On top of that:
 * <ul>
 * <li>Writes go only into data graphs ({@code https://w3id.org/talks-kg/graph/data/...}); the default
 *     graph (a view), the ontology and the shapes are read-only. A write elsewhere is a 400.</li>
 * <li>A write transaction commits only if the graph, changes included, still conforms to the SHACL
 *     shapes; otherwise it is aborted and the answer is a 422 listing the violations. Only the nodes
 *     the change can affect are validated ({@link ChangeCheck}): a change costs what it changes.</li>
 * <li>It also commits only if it deletes no more of a data graph than the {@link BulkDeleteGuard}
 *     lets it (409 otherwise), and only once its change is in the {@link ChangeLog}.</li>
 * </ul>
 * Every write runs for a {@link ChangeRequest} ({@link #perform}), one at a time, in turn; each quad it actually adds or
 * removes is noted ({@link NetChange}), and checked against the request's deadline.
 * The refusals are Fuseki {@link ActionErrorException}s: Fuseki's Graph Store actions pass
 * those on with their status and message, where any other exception would become a 500.
 */
final class CuratedDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private static final String WRITABLE = GraphRole.DATA.graphNamespace();

    private final ChangeLog changeLog;
    private final BulkDeleteGuard bulkDeletes;
    /** The request each thread is serving while it writes. */
    private final ThreadLocal<ChangeRequest> requests = new ThreadLocal<>();
    /** The request and change of the write transaction: one at a time, as the store has a single writer. */
    private ChangeRequest request;
    private NetChange change;
    /** Read from the store's shapes at the first commit; they change only with a restart. */
    private ChangeCheck changeCheck;
    /** One writer at a time, in the order they asked (TDB2's own writer lock promises no order, nor a bound). */
    private final Semaphore writerTurns = new Semaphore(1, true);
    private final Duration maxWriterWait;

    CuratedDataset(DatasetGraph store, ChangeLog changeLog, BulkDeleteGuard bulkDeletes, Duration maxWriterWait) {
        super(store);
        this.changeLog = changeLog;
        this.bulkDeletes = bulkDeletes;
        this.maxWriterWait = maxWriterWait;
    }

    /**
     * Runs the action, whose write transaction then serves this request, once it is this
     * request's turn to write: writers take turns in the order they came, and one that has waited
     * {@code maxWriterWait} is refused with 503 (and Retry-After). Readers never wait: they read
     * the last commit.
     */
    void perform(ChangeRequest changeRequest, Runnable action) {
        try {
            if (!writerTurns.tryAcquire(maxWriterWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "Too busy: other changes have been writing for "
                        + maxWriterWait.toSeconds() + " s, so this one was not started and nothing was changed. Send it again.", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "The server is stopping; nothing was changed.", null);
        }
        requests.set(changeRequest);
        try {
            action.run();
        } finally {
            requests.remove();
            writerTurns.release();
        }
    }

    @Override
    public Graph getDefaultGraph() {
        return new ReadOnlyGraph(super.getUnionGraph(), "the default graph");
    }

    @Override
    public Graph getUnionGraph() {
        return getDefaultGraph();
    }

    /** A data graph writes through this dataset, so that its changes are noted too. */
    @Override
    public Graph getGraph(Node graphName) {
        return isWritable(graphName) ? GraphView.createNamedGraph(this, graphName)
                : new ReadOnlyGraph(super.getGraph(graphName), NodeFmtLib.strNT(graphName));
    }

    @Override
    public void add(Quad quad) {
        requireWritable(quad.getGraph());
        if (!super.contains(quad)) {
            noted().added(quad);
            super.add(quad);
        }
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        requireWritable(quad.getGraph());
        if (super.contains(quad)) {
            noted().removed(quad);
            super.delete(quad);
        }
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    /** One quad at a time, so that each is noted. */
    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        requireWritable(g);
        Iter.toList(super.find(g, s, p, o)).forEach(this::delete);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        requireWritable(graphName);
        graph.find().forEach(triple -> add(Quad.create(graphName, triple)));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        throw refusal("every graph");
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        startChange(TxnType.convert(type));
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        startChange(mode);
    }

    /**
     * Commits a write transaction only if the graph it leaves conforms to the shapes, it deletes
     * no more than the bulk delete guard allows, and its change is in the log.
     */
    @Override
    public void commit() {
        if (!isInTransaction() || transactionMode() != ReadWrite.WRITE) {
            super.commit();
            return;
        }
        if (changeCheck == null) {
            changeCheck = ChangeCheck.of(this);
        }
        List<Violation> violations = changeCheck.violations(this, change.added(), change.removed());
        if (!violations.isEmpty()) {
            abort();
            throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, report(violations), null);
        }
        Optional<String> bulkDelete = request.bulkDeleteConfirmed() ? Optional.empty() : bulkDeletes.refusal(change, this);
        if (bulkDelete.isPresent()) {
            abort();
            throw new ActionErrorException(HttpSC.CONFLICT_409, bulkDelete.get(), null);
        }
        try {
            changeLog.commit(change.draft(request.user(), request.kind(), request.endpoint(), request.text()), super::commit);
        } catch (StoreException e) {
            boolean committed = !isInTransaction();
            if (!committed) {
                abort();
            }
            throw new ActionErrorException(HttpSC.INTERNAL_SERVER_ERROR_500, e.getMessage()
                    + (committed ? "; the change was made: restart the server to settle the log" : "; nothing was changed"), null);
        }
    }

    /**
     * Aborts the transaction, if it is still open: a change refused at commit has been aborted
     * already, and Fuseki's action aborts it again on the way out. The store would refuse that
     * second abort, and jena-text would log it as a WARN with a stack trace.
     */
    @Override
    public void abort() {
        if (isInTransaction()) {
            super.abort();
        }
    }

    private void startChange(ReadWrite mode) {
        if (mode == ReadWrite.WRITE) {
            request = requests.get();
            change = new NetChange();
            if (request == null) {
                abort();
                throw new IllegalStateException("A write transaction outside of a request: nothing would record its change");
            }
        }
    }

    /** The change of the write transaction, after checking that its request still has time. */
    private NetChange noted() {
        if (request.isPastDeadline()) {
            throw new QueryCancelledException();
        }
        return change;
    }

    /** What a client sees when its change is refused by the shapes. */
    private static String report(List<Violation> violations) {
        return "Refused: the change would break the SHACL shapes (" + Violation.count(violations) + "); nothing was changed.\n"
                + violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
    }

    private static boolean isWritable(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(WRITABLE) && graphName.getURI().length() > WRITABLE.length();
    }

    private static void requireWritable(Node graphName) {
        if (!isWritable(graphName)) {
            throw refusal(Quad.isDefaultGraph(graphName) ? "the default graph"
                    : graphName.isConcrete() ? NodeFmtLib.strNT(graphName) : "every graph");
        }
    }

    private static ActionErrorException refusal(String target) {
        return new ActionErrorException(HttpSC.BAD_REQUEST_400, "Cannot write into " + target + ": updates write only into"
                + " data graphs, named " + WRITABLE + "..., e.g. GRAPH <" + WRITABLE + "curated> { ... } or ?graph=" + WRITABLE
                + "curated. The default graph is the read-only union of all graphs; the ontology and the shapes change"
                + " only in the files of ontology/ (then serve --reload).", null);
    }

    /** A graph of the store that reads normally and refuses every change with the reason. */
    private static final class ReadOnlyGraph extends WrappedGraph {

        private final String name;

        ReadOnlyGraph(Graph graph, String name) {
            super(graph);
            this.name = name;
        }

        @Override
        public void add(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void performAdd(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void delete(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void performDelete(Triple triple) {
            throw refusal(name);
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            throw refusal(name);
        }

        @Override
        public void clear() {
            throw refusal(name);
        }
    }
}
