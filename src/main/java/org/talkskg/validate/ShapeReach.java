package org.talkskg.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.RDF;

/**
 * How far the shapes look from a focus node: every sequence of steps ("reach") along which a
 * shape reads the graph to decide whether a node conforms, worked out from the shapes graph. A
 * change to a triple on such a sequence can alter the verdict for the nodes at its start, and only
 * for them; {@link AffectedNodes} finds those nodes for a change.
 * <p>
 * Covered: property paths (sequences, alternatives, inverses, repeats of one predicate),
 * {@code sh:class} (the value's {@code rdf:type}), {@code sh:node}, {@code sh:not}, {@code sh:and},
 * {@code sh:or}, {@code sh:xone}, {@code sh:qualifiedValueShape}, nested {@code sh:property},
 * the property pair constraints ({@code sh:lessThan} ...), the parameters that look only at the
 * value nodes themselves, and SPARQL constraints of node shapes whose patterns all connect to
 * {@code $this} ({@link SparqlReach}). Anything else makes the reach {@linkplain #gap() incomplete},
 * and then every change must be validated against the whole graph.
 */
public final class ShapeReach {

    /** Parameters that look at nothing beyond the focus or value nodes, and descriptions. */
    private static final Set<Node> LOCAL = Set.of(SHACL.minCount, SHACL.maxCount, SHACL.datatype, SHACL.nodeKind, SHACL.in,
            SHACL.hasValue, SHACL.minLength, SHACL.maxLength, SHACL.pattern, SHACL.flags, SHACL.languageIn, SHACL.uniqueLang,
            SHACL.minInclusive, SHACL.maxInclusive, SHACL.minExclusive, SHACL.maxExclusive, SHACL.qualifiedMinCount,
            SHACL.qualifiedMaxCount, SHACL.message, SHACL.severity, SHACL.name, SHACL.description, SHACL.order,
            SHACL.group, SHACL.deactivated, SHACL.defaultValue, SHACL.targetClass, SHACL.targetNode,
            SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.path, SHACL.declare, SHACL.prefixes);

    /** Constraints whose shapes apply to the value nodes (or, in a node shape, to the focus node itself). */
    private static final Set<Node> NESTED = Set.of(SHACL.node, SHACL.not, SHACL.qualifiedValueShape);
    private static final Set<Node> NESTED_LISTS = Set.of(SHACL.and, SHACL.or, SHACL.xone);
    /** Constraints that compare the value nodes with the focus node's values of another predicate. */
    private static final Set<Node> PAIRS = Set.of(SHACL.lessThan, SHACL.lessThanOrEquals, SHACL.equals, SHACL.disjoint);

    /** Beyond this many nested shapes a shape is taken to recurse, which is not covered. */
    private static final int MAX_NESTING = 8;

    private final Graph shapes;
    private final List<List<Step>> reaches = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    private ShapeReach(Graph shapes) {
        this.shapes = shapes;
    }

    public static ShapeReach of(Graph shapes) {
        ShapeReach reach = new ShapeReach(shapes);
        Set<Node> roots = new LinkedHashSet<>();
        shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEach(triple -> roots.add(triple.getSubject()));
        for (Node target : List.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)) {
            shapes.find(Node.ANY, target, Node.ANY).forEach(triple -> roots.add(triple.getSubject()));
        }
        roots.forEach(root -> {
            if (shapes.contains(root, SHACL.path, Node.ANY)) {
                reach.property(root, List.of(), 0);
            } else {
                reach.shape(root, List.of(), 0);
            }
        });
        return reach;
    }

    /** Every sequence of steps along which some shape reads the graph from a focus node. */
    public List<List<Step>> reaches() {
        return List.copyOf(reaches);
    }

    /** What the shapes do that is not covered, if anything: then only a whole-graph validation is sound. */
    public Optional<String> gap() {
        return gaps.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", gaps));
    }

    /** The constraints of a node shape, or of a shape nested in one, applying to the node {@code at} reaches. */
    private void shape(Node shape, List<Step> at, int nesting) {
        if (nesting > MAX_NESTING) {
            gaps.add("shapes nested more than " + MAX_NESTING + " deep at " + NodeFmtLib.strNT(shape));
            return;
        }
        for (Triple triple : shapes.find(shape, Node.ANY, Node.ANY).toList()) {
            constraint(shape, triple.getPredicate(), triple.getObject(), at, at, true, nesting);
        }
    }

    /** A property shape: its path, then its constraints on the values the path reaches. */
    private void property(Node shape, List<Step> focus, int nesting) {
        Node pathNode = shapes.find(shape, SHACL.path, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        if (pathNode == null) {
            gaps.add("a property shape without sh:path at " + NodeFmtLib.strNT(shape));
            return;
        }
        Optional<List<List<Step>>> paths = Step.of(ShaclPaths.parsePath(shapes, pathNode));
        if (paths.isEmpty()) {
            gaps.add("the path of " + NodeFmtLib.strNT(shape));
            return;
        }
        for (List<Step> path : paths.get()) {
            List<Step> values = Step.then(focus, path);
            reaches.add(values);
            for (Triple triple : shapes.find(shape, Node.ANY, Node.ANY).toList()) {
                constraint(shape, triple.getPredicate(), triple.getObject(), focus, values, false, nesting);
            }
        }
    }

    /**
     * One constraint parameter of a shape. {@code focus} reaches the shape's focus node,
     * {@code values} its value nodes (the same node for a node shape).
     */
    private void constraint(Node shape, Node parameter, Node value, List<Step> focus, List<Step> values, boolean nodeShape,
            int nesting) {
        if (LOCAL.contains(parameter) || !parameter.isURI() || !parameter.getURI().startsWith(SHACL.getURI())) {
            return;
        }
        if (parameter.equals(SHACL.class_)) {
            reaches.add(Step.then(values, List.of(Step.forward(RDF.type.asNode()))));
        } else if (NESTED.contains(parameter)) {
            shape(value, values, nesting + 1);
        } else if (NESTED_LISTS.contains(parameter)) {
            GraphList.members(new GNode(shapes, value)).forEach(member -> shape(member, values, nesting + 1));
        } else if (parameter.equals(SHACL.property)) {
            property(value, values, nesting + 1);
        } else if (PAIRS.contains(parameter)) {
            reaches.add(Step.then(focus, List.of(Step.forward(value))));
        } else if (parameter.equals(SHACL.sparql) && nodeShape) {
            sparql(value, focus);
        } else {
            gaps.add(NodeFmtLib.strNT(parameter) + " of " + NodeFmtLib.strNT(shape));
        }
    }

    private void sparql(Node constraint, List<Step> focus) {
        Optional<String> select = shapes.find(constraint, SHACL.select, Node.ANY).nextOptional()
                .map(triple -> triple.getObject().getLiteralLexicalForm());
        if (select.isEmpty()) {
            gaps.add("a SPARQL constraint without sh:select at " + NodeFmtLib.strNT(constraint));
            return;
        }
        SparqlReach sparqlReach = SparqlReach.of(select.get(), SparqlReach.prefixesOf(shapes, constraint));
        sparqlReach.gap().ifPresentOrElse(gaps::add,
                () -> sparqlReach.reaches().forEach(steps -> reaches.add(Step.then(focus, steps))));
    }
}
