package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.graph.Namespaces;
import org.talkskg.store.NetChange;

/**
 * The contract of {@link ChangeCheck}: on the shipped graph, which conforms, the violations it
 * finds for a change are exactly those of validating the whole graph after that change. Checked
 * for hundreds of seeded random edits of every kind a curator makes, and for the named cases whose
 * violation appears at a node the change does not touch.
 */
class ChangeCheckTest {

    private static final long SEED = 20261204L;
    private static final int EDITS = 300;
    private static final Node CURATED = NodeFactory.createURI("https://w3id.org/talks-kg/graph/data/curated");
    /** The span that cites the 2022 talks in Belarus ("The last known in-person meeting ..."). */
    private static final Node SPAN = NodeFactory.createURI("https://w3id.org/talks-kg/id/article#offset_4027_4139");

    private static DatasetGraph named;
    private static DatasetGraph union;
    private static ChangeCheck check;

    @BeforeAll
    static void load() {
        named = DatasetGraphFactory.createTxnMem();
        DatasetGraph target = named;
        Txn.executeWrite(named, () -> Fixtures.copyOfGraphs(Fixtures.shippedGraph().dataset())
                .forEach((name, graph) -> graph.find().forEach(triple -> target.add(Quad.create(name, triple)))));
        union = LoadedGraph.of(named).dataset();
        check = Txn.calculateRead(union, () -> ChangeCheck.of(union));
    }

    @Test
    void everyRandomEditGivesTheViolationsOfAWholeGraphValidation() {
        Random random = new Random(SEED);
        RandomEdits edits = Txn.calculateRead(named, () -> new RandomEdits(named, random));
        int refused = 0;
        for (int i = 0; i < EDITS; i++) {
            List<Consumer<Editor>> changeSet = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                changeSet.add(edits.next());
            }
            Verdicts verdicts = apply(editor -> changeSet.forEach(edit -> edit.accept(editor)));
            assertEquals(verdicts.whole(), verdicts.incremental(), "change set " + i + ": " + verdicts.change());
            refused += verdicts.whole().isEmpty() ? 0 : 1;
        }
        // Both verdicts occur often enough for the comparison to mean something.
        assertTrue(refused >= EDITS / 10 && refused <= EDITS - EDITS / 10, refused + " of " + EDITS + " change sets break the shapes");
    }

    @Test
    void deletingAParticipantIsCaughtAtItsParticipation() {
        Verdicts verdicts = apply(editor -> editor.deleteSubject(tkd("keith-kellogg")));

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertTrue(verdicts.incremental().stream().anyMatch(violation -> violation.focusNode().startsWith("tkd:participation-")
                && violation.path().equals("tk:participant")), verdicts.incremental().toString());
    }

    @Test
    void removingARequiredLabelIsCaught() {
        Verdicts verdicts = apply(editor -> editor.removeAll(tkd("keith-kellogg"), RDFS.label.asNode()));

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertEquals(List.of("tkd:keith-kellogg  rdfs:label: has no rdfs:label"),
                verdicts.incremental().stream().map(Violation::describe).toList());
    }

    @Test
    void aSpanWhoseOffsetsNoLongerFitItsWordsIsCaught() {
        Verdicts verdicts = apply(editor -> {
            Quad begin = editor.any(SPAN, NodeFactory.createURI(Namespaces.NIF + "beginIndex"));
            Quad end = editor.any(SPAN, NodeFactory.createURI(Namespaces.NIF + "endIndex"));
            editor.replaceObject(begin, shifted(begin.getObject()));
            editor.replaceObject(end, shifted(end.getObject()));
        });

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertEquals(List.of("art:offset_4027_4139  nif:anchorOf is not the text of the article between nif:beginIndex and"
                + " nif:endIndex"), verdicts.incremental().stream().map(Violation::describe).toList());
    }

    /** An offset one character later. */
    private static Node shifted(Node offset) {
        return NodeFactory.createLiteralDT(Integer.toString(Integer.parseInt(offset.getLiteralLexicalForm()) + 1),
                offset.getLiteralDatatype());
    }

    @Test
    void changingTheArticleTextIsCaughtAtEverySpanItBreaks() {
        Verdicts verdicts = apply(editor -> {
            Quad text = editor.any(Node.ANY, NodeFactory.createURI(Namespaces.NIF + "isString"));
            editor.replaceObject(text, NodeFactory.createLiteralString("A different article."));
        });

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertTrue(verdicts.incremental().size() > 100, verdicts.incremental().size() + " violations");
    }

    @Test
    void aHeldMeetingMadePlannedIsCaughtAtEachParticipationThatAttendedIt() {
        Verdicts verdicts = apply(editor -> {
            editor.removeAll(tkd("talks-2022-turkiye"), tk("eventStatus"));
            editor.add(Quad.create(CURATED, tkd("talks-2022-turkiye"), tk("eventStatus"), tk("Planned")));
        });

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertEquals(List.of("tkd:participation-russia-talks-2022-turkiye", "tkd:participation-ukraine-talks-2022-turkiye"),
                verdicts.incremental().stream().map(Violation::focusNode).toList());
        assertTrue(verdicts.incremental().stream().allMatch(violation -> violation.message().startsWith(
                "says the participant attended a meeting that has not been held")), verdicts.incremental().toString());
    }

    @Test
    void aPlannedMeetingRetypedAsHeldWithoutADateIsCaught() {
        Verdicts verdicts = apply(editor -> {
            editor.removeAll(tkd("istanbul-talks-2025"), tk("eventStatus"));
            editor.add(Quad.create(CURATED, tkd("istanbul-talks-2025"), tk("eventStatus"), tk("Held")));
            editor.removeAll(tkd("istanbul-talks-2025"), tk("date"));
        });

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertEquals(List.of("tkd:istanbul-talks-2025 \"Russia-Ukraine talks in Istanbul (15 May 2025)\"  has a tk:datePrecision but"
                + " no date it applies to (tk:date, or tk:earliestDate and tk:latestDate for a range)"),
                verdicts.incremental().stream().map(Violation::describe).toList());
    }

    @Test
    void aMeetingRetypedAsSomethingElseIsCaughtAtItsParticipations() {
        Verdicts verdicts = apply(editor -> {
            editor.removeAll(tkd("istanbul-talks-2025"), RDF.type.asNode());
            editor.add(Quad.create(CURATED, tkd("istanbul-talks-2025"), RDF.type.asNode(), tk("Withdrawal")));
        });

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertTrue(verdicts.incremental().stream().anyMatch(violation -> violation.focusNode().startsWith("tkd:participation-")
                && violation.path().equals("tk:inMeeting")), verdicts.incremental().toString());
    }

    @Test
    void aNewSubclassIsValidatedAgainstTheWholeGraph() {
        Verdicts verdicts = apply(editor -> editor.add(Quad.create(CURATED, tk("Person"), RDFS.subClassOf.asNode(), tk("Event"))));

        assertEquals(verdicts.whole(), verdicts.incremental());
        assertTrue(verdicts.incremental().stream().anyMatch(violation -> violation.focusNode().equals("tkd:keith-kellogg")
                && violation.path().equals("tk:eventStatus")), "every person is now an event, without an event's status");
    }

    @Test
    void theShippedShapesAreAllWithinWhatTheAnalysisCovers() {
        ShapeReach reach = Txn.calculateRead(union, () -> ShapeReach.of(ShapeCheck.shapesGraph(union)));

        assertEquals(Optional.empty(), reach.gap());
    }

    @Test
    void aRelabelledPersonIsTheOnlyNodeToValidate() {
        ShapeReach reach = Txn.calculateRead(union, () -> ShapeReach.of(ShapeCheck.shapesGraph(union)));
        Triple label = Triple.create(tkd("keith-kellogg"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Keith Kellogg", "en"));

        Set<Node> affected = Txn.calculateRead(union, () -> new AffectedNodes(reach.reaches())
                .of(List.of(label), union.getDefaultGraph(), GraphFactory.createGraphMem()));

        assertEquals(Set.of(tkd("keith-kellogg")), affected);
    }

    @Test
    void aSparqlConstraintWithAPatternApartFromThisIsAGap() {
        SparqlReach reach = SparqlReach.of("SELECT $this WHERE { $this <urn:p> ?x . ?y <urn:q> ?z }",
                PrefixMapping.Factory.create());

        assertEquals(Optional.of("a SPARQL constraint pattern not connected to $this: ?y (<urn:q>) ?z"), reach.gap());
    }

    /** The verdicts of both validations on the graph as the edit leaves it, and the change itself. */
    private record Verdicts(List<Violation> whole, List<Violation> incremental, String change) {}

    /** Applies the edit in a write transaction, validates both ways, and aborts: the graph stays as shipped. */
    private static Verdicts apply(Consumer<Editor> edit) {
        named.begin(ReadWrite.WRITE);
        try {
            Editor editor = new Editor(named);
            edit.accept(editor);
            List<Violation> whole = ShapeCheck.run(union);
            List<Violation> incremental = check.violations(union, editor.change.added(), editor.change.removed());
            return new Verdicts(whole, incremental, editor.log.toString());
        } finally {
            named.abort();
        }
    }

    private static Node tkd(String localName) {
        return NodeFactory.createURI(Namespaces.TKD + localName);
    }

    private static Node tk(String localName) {
        return NodeFactory.createURI(Namespaces.TK + localName);
    }

    /** Writes quads and notes what it changed, as the curated store does. */
    static final class Editor {

        private final DatasetGraph dataset;
        private final NetChange change = new NetChange();
        private final StringBuilder log = new StringBuilder();

        Editor(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        void add(Quad quad) {
            if (!dataset.contains(quad)) {
                dataset.add(quad);
                change.added(quad);
                log.append("\n+ ").append(quad);
            }
        }

        void remove(Quad quad) {
            if (dataset.contains(quad)) {
                dataset.delete(quad);
                change.removed(quad);
                log.append("\n- ").append(quad);
            }
        }

        /** The quad's triple with another object, in the same graph. */
        void replaceObject(Quad quad, Node object) {
            remove(quad);
            add(Quad.create(quad.getGraph(), quad.getSubject(), quad.getPredicate(), object));
        }

        void removeAll(Node subject, Node predicate) {
            quads(subject, predicate, Node.ANY).forEach(this::remove);
        }

        void deleteSubject(Node subject) {
            removeAll(subject, Node.ANY);
        }

        Quad any(Node subject, Node predicate) {
            return quads(subject, predicate, Node.ANY).get(0);
        }

        List<Quad> quads(Node subject, Node predicate, Node object) {
            List<Quad> found = new ArrayList<>();
            dataset.find(Node.ANY, subject, predicate, object).forEachRemaining(found::add);
            return found.stream().filter(quad -> quad.getGraph().getURI().startsWith(DATA)).toList();
        }

        private static final String DATA = "https://w3id.org/talks-kg/graph/data/";
    }

    /** Random edits of the shipped data, of the kinds a curator makes, drawn from its own terms. */
    private static final class RandomEdits {

        private final Random random;
        private final List<Quad> data = new ArrayList<>();
        private final List<Node> subjects;
        private final List<Node> classes;
        private final List<Quad> types;
        private final List<Quad> labels;
        private final List<Quad> references;
        private final List<Quad> offsets;

        RandomEdits(DatasetGraph dataset, Random random) {
            this.random = random;
            dataset.find().forEachRemaining(quad -> {
                if (quad.getGraph().getURI().startsWith("https://w3id.org/talks-kg/graph/data/")) {
                    data.add(quad);
                }
            });
            data.sort(Comparator.comparing(Quad::toString));
            subjects = data.stream().map(Quad::getSubject).distinct().toList();
            types = data.stream().filter(quad -> quad.getPredicate().equals(RDF.type.asNode())).toList();
            classes = types.stream().map(Quad::getObject).distinct().toList();
            labels = data.stream().filter(quad -> quad.getPredicate().equals(RDFS.label.asNode())).toList();
            references = data.stream().filter(quad -> quad.getObject().isURI() && !quad.getPredicate().equals(RDF.type.asNode())).toList();
            offsets = data.stream().filter(quad -> quad.getPredicate().getURI().startsWith(Namespaces.NIF)
                    && quad.getPredicate().getURI().endsWith("Index")).toList();
        }

        Consumer<Editor> next() {
            return switch (random.nextInt(7)) {
                case 0 -> added(pick(data));
                case 1 -> removed(pick(data));
                case 2 -> retyped(pick(types), pick(classes));
                case 3 -> relabelled(pick(labels), random.nextBoolean());
                case 4 -> repointed(pick(references), pick(subjects));
                case 5 -> deleted(pick(references).getObject());
                default -> moved(pick(offsets), random.nextInt(7) - 3);
            };
        }

        /** A triple of some subject, with the predicate and object of another. */
        private Consumer<Editor> added(Quad other) {
            Node subject = pick(subjects);
            return editor -> editor.add(Quad.create(CURATED, subject, other.getPredicate(), other.getObject()));
        }

        private static Consumer<Editor> removed(Quad quad) {
            return editor -> editor.remove(quad);
        }

        private static Consumer<Editor> retyped(Quad type, Node otherClass) {
            return editor -> editor.replaceObject(type, otherClass);
        }

        private static Consumer<Editor> relabelled(Quad label, boolean dropped) {
            return dropped ? editor -> editor.remove(label)
                    : editor -> editor.replaceObject(label, NodeFactory.createLiteralLang("Renamed", "en"));
        }

        private static Consumer<Editor> repointed(Quad reference, Node elsewhere) {
            return editor -> editor.replaceObject(reference, elsewhere);
        }

        /** Everything said about a node that something else refers to. */
        private static Consumer<Editor> deleted(Node referenced) {
            return editor -> editor.deleteSubject(referenced);
        }

        /** A span's offset moved, so that it no longer fits its words (or, moved by 0, unchanged). */
        private static Consumer<Editor> moved(Quad offset, int by) {
            int moved = Math.max(0, Integer.parseInt(offset.getObject().getLiteralLexicalForm()) + by);
            return editor -> editor.replaceObject(offset, NodeFactory.createLiteralDT(Integer.toString(moved),
                    offset.getObject().getLiteralDatatype()));
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
