package org.talkskg.bounds;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL's {@code REGEX} (and XPath's {@code fn:matches}), stopped by the query's time bound. */
final class CancellableRegex extends E_Regex {

    private final Pattern constantPattern;

    CancellableRegex(ExprList args) {
        super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        constantPattern = Regexes.constant("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constantPattern != null ? constantPattern
                : Regexes.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(Regexes.matcher(pattern, text.getLiteralLexicalForm(), env).find());
    }

    /**
     * Without the query's environment there is no cancel signal to heed: refused, so that the
     * optimizer's constant folding leaves the call to the run, where the signal is known.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX" + " runs only inside a query");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs);
    }
}
