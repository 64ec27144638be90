package org.talkskg.bounds;

import java.util.List;

import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/** SPARQL's {@code CONCAT}, refusing to build a string longer than the {@link StringBound}. */
final class BoundedConcat extends E_StrConcat {

    private final StringBound bound;

    BoundedConcat(ExprList args, StringBound bound) {
        super(args);
        this.bound = bound;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args) {
            if (arg.isLiteral()) {
                length += arg.asNode().getLiteralLexicalForm().length();
            }
        }
        bound.check("CONCAT", length);
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs, bound);
    }
}
