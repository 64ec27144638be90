package org.talkskg.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * What a {@code SERVICE} clause may call: only the endpoints the operator listed, none by default.
 * {@link GuardedQuery} checks the clauses of a query before it runs; this also guards every call
 * when it happens, with the endpoint it actually names (a variable is bound by then), for
 * queries and updates alike. A refusal at run time is a {@link QueryDeniedException}, which
 * Fuseki answers with 422 and its message.
 */
final class ServicePolicy implements ChainingServiceExecutor {

    private final Set<String> allowed;

    ServicePolicy(List<String> allowedEndpoints) {
        this.allowed = Set.copyOf(allowedEndpoints);
    }

    /** Puts the policy into a query context: ARQ then looks up SERVICE executors there first. */
    void applyTo(Context context) {
        // Only the HTTP executor, behind the policy; a fresh registry, so nothing registered globally bypasses it.
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry()
                .add(ServiceExecutorRegistry.httpService)
                .addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        // ARQ's own switch, in case some path reaches the HTTP executor without the registry.
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
    }

    /**
     * Why a SERVICE clause naming this endpoint is refused; empty if it may run. A variable may
     * run only if some endpoint is allowed, and is checked again once bound.
     */
    Optional<String> refusal(Node endpoint) {
        boolean mayRun = endpoint.isURI() ? allowed.contains(endpoint.getURI()) : endpoint.isVariable() && !allowed.isEmpty();
        if (mayRun) {
            return Optional.empty();
        }
        return Optional.of("SERVICE " + NodeFmtLib.strNT(endpoint) + " refused: " + (allowed.isEmpty()
                ? "this server sends no requests to other endpoints"
                : "this server calls only " + allowed.stream().sorted().map(uri -> "<" + uri + ">").collect(Collectors.joining(", "))));
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Optional<String> refusal = refusal(opExecute.getService());
        if (refusal.isPresent()) {
            throw new QueryDeniedException(refusal.get());
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
