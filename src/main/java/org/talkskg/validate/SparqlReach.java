package org.talkskg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * How far a SPARQL constraint's query looks from {@code $this}: its triple patterns (in every part
 * of the query, {@code FILTER EXISTS} included) chained from {@code $this} through their shared
 * variables, each chain a sequence of {@link Step}s. A pattern with a variable predicate, or not
 * connected to {@code $this}, could read anywhere in the graph: then the reach has a {@linkplain #gap() gap}.
 */
final class SparqlReach {

    private static final Var THIS = Var.alloc("this");
    /** A chain longer than this is taken to come from a cycle of patterns. */
    private static final int MAX_STEPS = 8;

    private final List<TriplePath> patterns;
    private final List<List<Step>> reaches = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    private SparqlReach(List<TriplePath> patterns) {
        this.patterns = patterns;
    }

    static SparqlReach of(String select, PrefixMapping prefixes) {
        Query query = new Query();
        query.setPrefixMapping(prefixes);
        try {
            QueryFactory.parse(query, select, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            SparqlReach unreadable = new SparqlReach(List.of());
            unreadable.gaps.add("a SPARQL constraint that does not parse: " + e.getMessage());
            return unreadable;
        }
        SparqlReach reach = new SparqlReach(patternsOf(query.getQueryPattern()));
        reach.follow();
        return reach;
    }

    /** The prefixes a SPARQL constraint declares through sh:prefixes and the sh:declare of those nodes. */
    static PrefixMapping prefixesOf(Graph shapes, Node constraint) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        shapes.find(constraint, SHACL.prefixes, Node.ANY).forEach(owner ->
                shapes.find(owner.getObject(), SHACL.declare, Node.ANY).forEach(declaration -> {
                    Node prefix = shapes.find(declaration.getObject(), SHACL.prefix, Node.ANY).nextOptional()
                            .map(triple -> triple.getObject()).orElse(null);
                    Node namespace = shapes.find(declaration.getObject(), SHACL.namespace, Node.ANY).nextOptional()
                            .map(triple -> triple.getObject()).orElse(null);
                    if (prefix != null && namespace != null) {
                        prefixes.setNsPrefix(prefix.getLiteralLexicalForm(), namespace.getLiteralLexicalForm());
                    }
                }));
        return prefixes;
    }

    List<List<Step>> reaches() {
        return List.copyOf(reaches);
    }

    Optional<String> gap() {
        return gaps.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", gaps));
    }

    private void follow() {
        Set<Integer> reached = new HashSet<>();
        extend(THIS, List.of(), new HashSet<>(), reached);
        for (int i = 0; i < patterns.size(); i++) {
            TriplePath pattern = patterns.get(i);
            if (pattern.isTriple() && pattern.getPredicate().isVariable()) {
                gaps.add("a SPARQL constraint with a variable predicate: " + pattern);
            } else if (!reached.contains(i)) {
                gaps.add("a SPARQL constraint pattern not connected to $this: " + pattern);
            }
        }
    }

    /** Every chain of patterns from {@code at}, each pattern used once in a chain. */
    private void extend(Node at, List<Step> prefix, Set<Integer> used, Set<Integer> reached) {
        if (prefix.size() > MAX_STEPS) {
            gaps.add("a SPARQL constraint whose patterns chain more than " + MAX_STEPS + " steps from $this");
            return;
        }
        for (int i = 0; i < patterns.size(); i++) {
            TriplePath pattern = patterns.get(i);
            if (used.contains(i) || (pattern.isTriple() && pattern.getPredicate().isVariable())) {
                continue;
            }
            boolean fromSubject = pattern.getSubject().equals(at);
            boolean fromObject = pattern.getObject().equals(at);
            if (!fromSubject && !fromObject) {
                continue;
            }
            Optional<List<List<Step>>> paths = Step.of(pathOf(pattern));
            if (paths.isEmpty()) {
                gaps.add("the path of the SPARQL pattern " + pattern);
                continue;
            }
            reached.add(i);
            Set<Integer> usedNow = new HashSet<>(used);
            usedNow.add(i);
            for (List<Step> path : paths.get()) {
                if (fromSubject) {
                    step(prefix, path, pattern.getObject(), usedNow, reached);
                }
                if (fromObject) {
                    step(prefix, Step.backwards(path), pattern.getSubject(), usedNow, reached);
                }
            }
        }
    }

    private void step(List<Step> prefix, List<Step> path, Node to, Set<Integer> used, Set<Integer> reached) {
        List<Step> chain = Step.then(prefix, path);
        reaches.add(chain);
        if (to.isVariable()) {
            extend(to, chain, used, reached);
        }
    }

    private static Path pathOf(TriplePath pattern) {
        return pattern.isTriple() ? new P_Link(pattern.getPredicate()) : pattern.getPath();
    }

    /** The triple patterns of a query pattern, with those inside EXISTS and sub-queries. */
    private static List<TriplePath> patternsOf(Element element) {
        List<TriplePath> found = new ArrayList<>();
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().forEach(found::add);
            }

            @Override
            public void visit(ElementTriplesBlock block) {
                block.getPattern().forEach(triple -> found.add(new TriplePath(triple)));
            }

            @Override
            public void visit(ElementFilter filter) {
                found.addAll(patternsOfExpression(filter.getExpr()));
            }

            @Override
            public void visit(ElementBind bind) {
                found.addAll(patternsOfExpression(bind.getExpr()));
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                found.addAll(patternsOf(subQuery.getQuery().getQueryPattern()));
            }
        });
        return found;
    }

    private static List<TriplePath> patternsOfExpression(Expr expr) {
        List<TriplePath> found = new ArrayList<>();
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                found.addAll(patternsOf(exists.getElement()));
            }
        });
        return found;
    }
}
