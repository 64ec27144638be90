package org.talkskg.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * What the graph says beyond what its files state: the instances of every super-class (every
 * tk:Person, tk:Country and tk:Organisation is a tk:Actor), the values of every super-property,
 * inverses, and symmetric and transitive properties, by the rules of
 * {@code org/talkskg/graph/inference.rules} (Jena's forward rule engine, run once over the union
 * of all graphs).
 * <p>
 * The inferences are kept apart, as the named graph {@value #GRAPH_IRI} of an
 * {@link #view inferred view}, so that the loaded graph itself, and every query on it, keeps
 * seeing only what the files state.
 */
public final class Inference {

    /** The named graph of the inferred triples, in the inferred view only. */
    public static final String GRAPH_IRI = GraphRole.GRAPH_NAMESPACE + "inferred";

    private static final String RULES = "org/talkskg/graph/inference.rules";

    private Inference() {}

    /** The triples the rules derive from the graph that it does not already hold. */
    public static Graph deductions(Graph asserted) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inferred = reasoner.bind(asserted);
        Graph deductions = GraphFactory.createDefaultGraph();
        inferred.getDeductionsGraph().find().filterDrop(asserted::contains).forEach(deductions::add);
        return deductions;
    }

    /**
     * The graph of a dataset (named graphs, their union as default graph) as it is now, copied,
     * with its inferences, read-only: the same named graphs plus {@value #GRAPH_IRI}, and the union
     * of them all as the default graph. The rules run when the view is first read, not when it is
     * made, so that a server that offers it starts as fast as one that does not.
     */
    public static DatasetGraph view(DatasetGraph source) {
        DatasetGraph namedGraphs = DatasetGraphFactory.createGeneral();
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(source, () -> {
            source.listGraphNodes().forEachRemaining(name -> namedGraphs.addGraph(name, copy(source.getGraph(name))));
            source.getDefaultGraph().find().forEachRemaining(union::add);
        });
        Graph inferred = new DeferredGraph(() -> deductions(union));
        namedGraphs.addGraph(NodeFactory.createURI(GRAPH_IRI), inferred);
        return UnionDefaultGraphView.over(namedGraphs, new Union(union, inferred));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static List<Rule> rules() {
        InputStream in = Inference.class.getClassLoader().getResourceAsStream(RULES);
        if (in == null) {
            throw new IllegalStateException(RULES + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Rule.parseRules(Rule.rulesParserFromReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
