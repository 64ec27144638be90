package org.talkskg.queries;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.talkskg.graph.Namespaces;

/**
 * Puts the values given with {@code --param NAME=VALUE} into a parsed saved query.
 *
 * <p>Each value becomes one RDF term that replaces the variable {@code ?NAME} in the query's
 * syntax tree ({@link QueryTransformOps#replaceVars}); the query text is never edited, so no
 * value can add or change query syntax. A value is read as:
 * <ul>
 *   <li>{@code <IRI>} or an {@code http(s)://} IRI: that IRI, which must be a valid absolute IRI;</li>
 *   <li>{@code prefix:local} with a prefix the query or the graph declares (e.g. {@code tkd:kyiv}): the IRI it stands for;</li>
 *   <li>anything else: a plain string literal, which the query compares with names or texts.</li>
 * </ul>
 * Sent to an endpoint, the substituted query is written out by Jena, which escapes literals.
 */
public final class QueryParameters {

    private static final Pattern PREFIXED_NAME = Pattern.compile("^([A-Za-z][A-Za-z0-9_.-]*)?:(\\S*)$");
    private static final Pattern HTTP_IRI = Pattern.compile("^(?i)https?://.*$");

    private QueryParameters() {}

    /**
     * The query with every declared parameter replaced by the given value or else its default.
     *
     * @throws QueryFailedException for a parameter the query does not declare, a required one not
     *                              given, or a value that looks like an IRI but is not a valid one
     */
    public static Query substitute(SavedQuery saved, Map<String, String> given) {
        QueryHeader header = saved.header();
        for (String name : given.keySet()) {
            if (header.parameter(name).isEmpty()) {
                throw new QueryFailedException("Query " + saved.name() + " has no parameter '" + name + "'; "
                        + takes(saved));
            }
        }
        PrefixMapping prefixes = prefixesOf(saved.query());
        Map<Var, Node> substitutions = new HashMap<>();
        for (QueryParameter parameter : header.parameters()) {
            String value = given.containsKey(parameter.name())
                    ? given.get(parameter.name())
                    : parameter.defaultValue().orElseThrow(() -> new QueryFailedException(
                            "Query " + saved.name() + " needs --param " + parameter.name() + "=VALUE; " + takes(saved)));
            substitutions.put(Var.alloc(parameter.name()), toNode(parameter.name(), value, prefixes));
        }
        if (substitutions.isEmpty()) {
            return saved.query();
        }
        try {
            return QueryTransformOps.replaceVars(saved.query(), substitutions);
        } catch (QueryScopeException e) {
            // The query itself is at fault: it assigns a parameter's variable (AS ?name, VALUES ?name).
            throw new QueryFailedException(saved.file() + ": a parameter's variable cannot be replaced: "
                    + Messages.firstLine(e.getMessage()), e);
        }
    }

    /** Whether a value given for the query is text, to be compared with names, rather than an IRI. */
    public static boolean isText(SavedQuery saved, String value) {
        return toNode("", value, prefixesOf(saved.query())).isLiteral();
    }

    /** The RDF term a parameter value stands for; see the class comment for the rules. */
    static Node toNode(String parameter, String value, PrefixMapping prefixes) {
        if (value.startsWith("<")) {
            if (!value.endsWith(">")) {
                throw invalidIri(parameter, value, "an IRI in <...> must end with >");
            }
            return iri(parameter, value.substring(1, value.length() - 1));
        }
        Matcher prefixed = PREFIXED_NAME.matcher(value);
        if (prefixed.matches()) {
            String namespace = prefixes.getNsPrefixURI(prefixed.group(1) == null ? "" : prefixed.group(1));
            if (namespace != null) {
                return iri(parameter, namespace + prefixed.group(2));
            }
        }
        if (HTTP_IRI.matcher(value).matches()) {
            return iri(parameter, value);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String parameter, String text) {
        try {
            IRIx iri = IRIx.create(text);
            if (iri.isRelative()) {
                throw invalidIri(parameter, text, "it is relative: it has no scheme such as https:");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw invalidIri(parameter, text, Messages.firstLine(e.getMessage()));
        }
    }

    private static QueryFailedException invalidIri(String parameter, String text, String why) {
        return new QueryFailedException("Parameter " + parameter + ": not a valid IRI: " + text + " (" + why + ")");
    }

    /** The query's own prefixes, then the graph's usual ones (tk, tkd, art, ...) for names the query does not declare. */
    private static PrefixMapping prefixesOf(Query query) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes());
        return prefixes.setNsPrefixes(query.getPrefixMapping());
    }

    /** E.g. "it takes: entity - ... (default tkd:volodymyr-zelensky)" or "it takes no parameters". */
    private static String takes(SavedQuery saved) {
        if (saved.header().parameters().isEmpty()) {
            return "it takes no parameters";
        }
        return "it takes: " + saved.header().parameters().stream()
                .map(QueryParameter::describe)
                .collect(Collectors.joining("; "));
    }
}
