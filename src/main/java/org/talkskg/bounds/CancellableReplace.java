package org.talkskg.bounds;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REPLACE} (and XPath's {@code fn:replace}) with ARQ's results, stopped by the
 * query's time bound and by the {@link StringBound}: a replacement may make a string longer.
 */
final class CancellableReplace extends E_StrReplace {

    private static final String FUNCTION = "REPLACE";

    private final Pattern constantPattern;
    private final StringBound bound;

    CancellableReplace(ExprList args, StringBound bound) {
        super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        this.constantPattern = Regexes.constant(FUNCTION, args.get(1), args.size() > 3 ? args.get(3) : null);
        this.bound = bound;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral(FUNCTION, args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral(FUNCTION, args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern
                : Regexes.compile(FUNCTION, args.get(1), args.size() > 3 ? args.get(3) : null);
        String original = text.getLiteralLexicalForm();
        String replaced = replaceAll(Regexes.matcher(pattern, original, env), replacement);
        if (replaced == null || replaced.equals(original)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(), text.getLiteralDatatype()));
    }

    /**
     * Without the query's environment there is no cancel signal to heed: refused, so that the
     * optimizer's constant folding leaves the call to the run, where the signal is known.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(FUNCTION + " runs only inside a query");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs, bound);
    }

    /**
     * As ARQ replaces: an empty match counts only when it is the first match; null when nothing
     * matched.
     */
    private String replaceAll(Matcher matcher, String replacement) {
        StringBuilder replaced = null;
        try {
            while (matcher.find()) {
                if (replaced == null) {
                    replaced = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(replaced, replacement);
                bound.check(FUNCTION, replaced.length());
            }
            if (replaced == null) {
                return null;
            }
            matcher.appendTail(replaced);
            bound.check(FUNCTION, replaced.length());
            return replaced.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException(FUNCTION + ": " + e.getMessage());
        }
    }
}
