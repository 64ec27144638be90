package org.talkskg.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * An answer as a page shows it: named columns, and rows of cells that are a text and, for an IRI,
 * a link ({@link Links#href}: the graph's own IRIs to their pages). An IRI reads as its label
 * where the query gives one, else in its short form ({@code tkd:kyiv}). A query gives a label
 * for the IRIs of column {@code x} in a column {@code xLabel}, which is then not shown by itself;
 * in a graph, an IRI's {@code rdfs:label} there is its label.
 *
 * @param columns the column headings
 * @param rows    the cells of each row, one per column
 */
public record AnswerTable(List<String> columns, List<List<Cell>> rows) {

    private static final String LABEL_SUFFIX = "Label";
    /** Only these become links: a {@code javascript:} or {@code data:} IRI in the data stays text. */
    private static final Pattern LINKABLE = Pattern.compile("^(?i)https?://.*");

    /** @param href where the cell links to, or {@code null} for plain text */
    public record Cell(String text, String href) {}

    public AnswerTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The format to ask the query endpoint for, to read the answer of the query back. */
    static AnswerFormat formatFor(Query query) {
        return query.isConstructType() || query.isDescribeType() ? AnswerFormat.N_TRIPLES : AnswerFormat.JSON;
    }

    /** Reads what the query endpoint answered in {@link #formatFor the format for the query}. */
    static AnswerTable read(InputStream answer, Query query, PrefixMapping prefixes) {
        if (formatFor(query) == AnswerFormat.N_TRIPLES) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(answer).lang(Lang.NTRIPLES).parse(graph);
            return ofGraph(graph, prefixes);
        }
        if (query.isAskType()) {
            String yes = Boolean.toString(ResultSetMgr.readBoolean(answer, ResultSetLang.RS_JSON));
            return new AnswerTable(List.of("answer"), List.of(List.of(new Cell(yes, null))));
        }
        return ofResults(ResultSetMgr.read(answer, ResultSetLang.RS_JSON), prefixes);
    }

    private static AnswerTable ofResults(ResultSet results, PrefixMapping prefixes) {
        List<String> variables = results.getResultVars();
        List<String> shown = variables.stream()
                .filter(name -> !(name.endsWith(LABEL_SUFFIX) && variables.contains(name.substring(0, name.length() - LABEL_SUFFIX.length()))))
                .toList();
        List<List<Cell>> rows = new ArrayList<>();
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            rows.add(shown.stream()
                    .map(name -> cell(binding.get(Var.alloc(name)), prefixes,
                            node -> Optional.ofNullable(binding.get(Var.alloc(name + LABEL_SUFFIX)))))
                    .toList());
        }
        return new AnswerTable(shown, rows);
    }

    private static AnswerTable ofGraph(Graph graph, PrefixMapping prefixes) {
        Function<Node, Optional<Node>> label = node -> graph.find(node, RDFS.Nodes.label, Node.ANY).nextOptional().map(Triple::getObject);
        List<List<Cell>> rows = graph.find().toList().stream()
                .sorted(Comparator.comparing((Triple triple) -> triple.getSubject().toString())
                        .thenComparing(triple -> triple.getPredicate().toString())
                        .thenComparing(triple -> triple.getObject().toString()))
                .map(triple -> List.of(cell(triple.getSubject(), prefixes, label), cell(triple.getPredicate(), prefixes, label),
                        cell(triple.getObject(), prefixes, label)))
                .toList();
        return new AnswerTable(List.of("subject", "predicate", "object"), rows);
    }

    private static Cell cell(Node node, PrefixMapping prefixes, Function<Node, Optional<Node>> label) {
        if (node == null) {
            return new Cell("", null);
        }
        if (node.isURI()) {
            String iri = node.getURI();
            String text = label.apply(node).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(prefixes.shortForm(iri));
            boolean linkable = Links.local(iri).isPresent() || LINKABLE.matcher(iri).matches();
            return new Cell(text, linkable ? Links.href(iri) : null);
        }
        if (node.isLiteral()) {
            return new Cell(node.getLiteralLexicalForm(), null);
        }
        return new Cell("_:" + node.getBlankNodeLabel(), null);
    }
}
