package org.talkskg.bounds;

import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * Rewrites a query's algebra so that the functions able to run away are replaced by their bounded
 * twins: {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} by ones the time
 * bound stops, {@code CONCAT}, {@code REPLACE} and {@code GROUP_CONCAT} by ones that stop at the
 * {@link StringBound}. Everything else is kept as it is.
 */
final class BoundedExpressions {

    static final String XPATH_MATCHES = OfferedFunctions.XPATH + "matches";
    static final String XPATH_REPLACE = OfferedFunctions.XPATH + "replace";

    private final StringBound bound;

    BoundedExpressions(StringBound bound) {
        this.bound = bound;
    }

    Op rewrite(Op op) {
        return Transformer.transform(new Aggregates(), new Functions(), op);
    }

    private final class Functions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof CancellableRegex || function instanceof CancellableReplace || function instanceof BoundedConcat) {
                return super.transform(function, args);
            }
            if (function instanceof E_Regex || isCall(function, XPATH_MATCHES, 2, 3)) {
                return new CancellableRegex(args);
            }
            if (function instanceof E_StrReplace || isCall(function, XPATH_REPLACE, 3, 4)) {
                return new CancellableReplace(args, bound);
            }
            if (function instanceof E_StrConcat) {
                return new BoundedConcat(args, bound);
            }
            return super.transform(function, args);
        }

        /** A call of that function with a number of arguments it takes; others are left to fail as ARQ fails them. */
        private static boolean isCall(ExprFunctionN function, String iri, int fewestArgs, int mostArgs) {
            return function instanceof E_Function call && iri.equals(call.getFunctionIRI())
                    && call.numArgs() >= fewestArgs && call.numArgs() <= mostArgs;
        }
    }

    private final class Aggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op subOp) {
            List<ExprAggregator> aggregators = group.getAggregators().stream().map(this::bounded).toList();
            return new OpGroup(subOp, group.getGroupVars(), aggregators);
        }

        private ExprAggregator bounded(ExprAggregator aggregator) {
            Aggregator bounded = BoundedGroupConcat.of(aggregator.getAggregator(), bound);
            return bounded == null ? aggregator : new ExprAggregator(aggregator.getVar(), bounded);
        }
    }
}
