package org.talkskg.bounds;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Regular expressions as ARQ runs them (java.util.regex, the XPath flags), matched on
 * {@link CancellableText} so that the query's time bound stops them.
 */
final class Regexes {

    private Regexes() {
    }

    /** The pattern, compiled once, when it and its flags are constants; else null (compiled per solution). */
    static Pattern constant(String function, Expr pattern, Expr flags) {
        boolean constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        return constant ? compile(function, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(function + ": the pattern and its flags must be strings");
        }
        return RegexEngine.makePattern(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    static Matcher matcher(Pattern pattern, String text, FunctionEnv env) {
        AtomicBoolean cancelled = env == null ? null : Context.getCancelSignal(env.getContext());
        return pattern.matcher(cancelled == null ? text : new CancellableText(text, cancelled));
    }
}
