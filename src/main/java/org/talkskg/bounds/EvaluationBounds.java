package org.talkskg.bounds;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What makes ARQ keep a request within its bounds, set on a context (an endpoint's, so that
 * nothing else in the process is affected): the {@link OfferedFunctions} only, and every query
 * (and every update's WHERE) rewritten by {@link BoundedExpressions} before ARQ's own optimizer
 * sees it, so that even constant folding meets the bounded functions.
 */
public final class EvaluationBounds {

    private EvaluationBounds() {
    }

    public static void applyTo(Context context, StringBound bound) {
        BoundedExpressions expressions = new BoundedExpressions(bound);
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        RewriteFactory bounded = queryContext -> {
            Rewrite optimizer = standard.create(queryContext);
            return op -> optimizer.rewrite(expressions.rewrite(op));
        };
        context.set(ARQConstants.sysOptimizerFactory, bounded);
        FunctionRegistry.set(context, OfferedFunctions.functions());
        PropertyFunctionRegistry.set(context, OfferedFunctions.propertyFunctions());
    }
}
