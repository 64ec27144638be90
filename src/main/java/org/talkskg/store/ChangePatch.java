package org.talkskg.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchException;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.Quad;

/**
 * A {@link Change} as an RDF Patch in the text format: its facts as headers, then one
 * transaction of {@code D} (removed) and {@code A} (added) rows:
 * <pre>
 * H change "3"^^xsd:integer .
 * H time "2025-01-31T10:00:00Z"^^xsd:dateTime .
 * H user "alice" .
 * H kind "SPARQL Update" .
 * H endpoint "/kg/update" .
 * H request "DELETE WHERE { ... }" .
 * TX .
 * D &lt;s&gt; &lt;p&gt; "o" &lt;graph&gt; .
 * TC .
 * </pre>
 * Jena's {@code RDFPatchOps.applyChange} applies it as it is; the log reads it back with {@link #read}.
 */
final class ChangePatch {

    private static final String NUMBER = "change";
    private static final String TIME = "time";
    private static final String USER = "user";
    private static final String KIND = "kind";
    private static final String ENDPOINT = "endpoint";
    private static final String REQUEST = "request";

    private ChangePatch() {
    }

    static void write(Change change, OutputStream out) {
        RDFChanges patch = RDFPatchOps.textWriter(out);
        patch.start();
        patch.header(NUMBER, NodeFactory.createLiteralDT(Integer.toString(change.number()), XSDDatatype.XSDinteger));
        patch.header(TIME, NodeFactory.createLiteralDT(change.time().toString(), XSDDatatype.XSDdateTime));
        patch.header(USER, NodeFactory.createLiteralString(change.user()));
        patch.header(KIND, NodeFactory.createLiteralString(change.kind()));
        patch.header(ENDPOINT, NodeFactory.createLiteralString(change.endpoint()));
        patch.header(REQUEST, NodeFactory.createLiteralString(change.request()));
        patch.txnBegin();
        change.removed().forEach(quad -> patch.delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()));
        change.added().forEach(quad -> patch.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()));
        patch.txnCommit();
        patch.finish();
    }

    /** @throws PatchException if it is not an RDF Patch, or lacks a header */
    static Change read(InputStream in) {
        RDFPatch patch = RDFPatchOps.read(in);
        List<Quad> removed = new ArrayList<>();
        List<Quad> added = new ArrayList<>();
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                added.add(Quad.create(g, s, p, o));
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                removed.add(Quad.create(g, s, p, o));
            }
        });
        PatchHeader header = patch.header();
        return new Change(Integer.parseInt(text(header, NUMBER)), Instant.parse(text(header, TIME)), text(header, USER),
                text(header, KIND), text(header, ENDPOINT), text(header, REQUEST), removed, added);
    }

    private static String text(PatchHeader header, String field) {
        Node value = header.get(field);
        if (value == null || !value.isLiteral()) {
            throw new PatchException("no header '" + field + "'");
        }
        return value.getLiteralLexicalForm();
    }
}
