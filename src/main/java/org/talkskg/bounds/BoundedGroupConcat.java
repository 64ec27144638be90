package org.talkskg.bounds;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * SPARQL's {@code GROUP_CONCAT} (with or without {@code DISTINCT}), refusing to build a string
 * longer than the {@link StringBound}. It is written and compared as the aggregate it replaces.
 */
final class BoundedGroupConcat extends AggregatorBase {

    /** SPARQL's default separator. */
    private static final String DEFAULT_SEPARATOR = " ";

    private final Aggregator original;
    private final String separator;
    private final StringBound bound;

    private BoundedGroupConcat(Aggregator original, boolean distinct, String separator, StringBound bound) {
        super("GROUP_CONCAT", distinct, original.getExprList());
        this.original = original;
        this.separator = separator == null ? DEFAULT_SEPARATOR : separator;
        this.bound = bound;
    }

    /** The bounded twin of a GROUP_CONCAT, or null if the aggregate is another one. */
    static BoundedGroupConcat of(Aggregator aggregator, StringBound bound) {
        if (aggregator instanceof AggGroupConcat plain) {
            return new BoundedGroupConcat(plain, false, plain.getSeparator(), bound);
        }
        if (aggregator instanceof AggGroupConcatDistinct distinct) {
            return new BoundedGroupConcat(distinct, true, distinct.getSeparator(), bound);
        }
        return null;
    }

    @Override
    public Accumulator createAccumulator() {
        return new Concatenation();
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return of(original.copy(exprs), bound);
    }

    @Override
    public Node getValueEmpty() {
        return original.getValueEmpty();
    }

    @Override
    public String toPrefixString() {
        return original.toPrefixString();
    }

    @Override
    public String asSparqlExpr(SerializationContext context) {
        return original.asSparqlExpr(context);
    }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) {
        return other instanceof BoundedGroupConcat bounded && original.equals(bounded.original, bySyntax);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }

    private final class Concatenation extends AccumulatorExpr {

        private final StringBuilder concatenated = new StringBuilder();
        private boolean first = true;

        Concatenation() {
            super(getExpr(), isDistinct);
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            bound.check("GROUP_CONCAT", (long) concatenated.length() + (first ? 0 : separator.length()) + text.length());
            if (!first) {
                concatenated.append(separator);
            }
            concatenated.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(concatenated.toString());
        }
    }
}
