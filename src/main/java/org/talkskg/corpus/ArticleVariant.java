package org.talkskg.corpus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.talkskg.curate.SpanIri;
import org.talkskg.graph.Namespaces;

/**
 * One stand-in article made from the shipped one, triple by triple: the same structure under
 * new names. Its document, events, statements, claims and spans get IRIs of their own (the local
 * name with the variant's suffix, e.g. {@code tkd:talks-2022-c00017}); the actors and places
 * chosen for reuse keep theirs, so that articles share them, and the others become new entities
 * (without {@code owl:sameAs}). Every renamed node's label ends with the variant's name, e.g.
 * {@code "Talks in Türkiye (c00017)"}, so that a page or an answer tells the copies apart. Every
 * date moves by the same number of days, so that the article's order of events holds. Its text is the shipped text after a line
 * of its own, so every span moves by that line's length and still covers the same words.
 */
final class ArticleVariant {

    private static final String DATA_MODULES = "https://w3id.org/talks-kg/data/";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Node BEGIN_INDEX = NodeFactory.createURI(Namespaces.NIF + "beginIndex");
    private static final Node END_INDEX = NodeFactory.createURI(Namespaces.NIF + "endIndex");
    private static final Node IS_STRING = NodeFactory.createURI(Namespaces.NIF + "isString");
    private static final Node EVIDENCE = NodeFactory.createURI(Namespaces.TK + "evidence");

    private final String name;
    private final String document;
    private final Set<String> keptEntities;
    private final int dayShift;
    private final String text;
    private final int shift;
    private final int shippedLength;

    /**
     * @param name         the variant's name, e.g. {@code c00017}: the suffix of its IRIs and the folder of its modules
     * @param document     the shipped article's document IRI, e.g. {@code https://w3id.org/talks-kg/id/article}
     * @param keptEntities the IRIs that stay as they are: reused actors and places, shared roles
     * @param dayShift     days every date moves by
     * @param shippedText  the shipped article's text
     */
    ArticleVariant(String name, String document, Set<String> keptEntities, int dayShift, String shippedText) {
        this.name = name;
        this.document = document;
        this.keptEntities = Set.copyOf(keptEntities);
        this.dayShift = dayShift;
        String firstLine = "Stand-in article " + name + " of a generated corpus, made from the article below.\n";
        this.text = firstLine + shippedText;
        this.shift = firstLine.codePointCount(0, firstLine.length());
        this.shippedLength = shippedText.codePointCount(0, shippedText.length());
    }

    String name() {
        return name;
    }

    /** The local name of the variant's document, which names its text file: {@code article-c00017}. */
    String documentName() {
        return renamed(document).substring(Namespaces.TKD.length());
    }

    String text() {
        return text;
    }

    /**
     * The triple as this variant states it, or empty when it does not hold for it (a new entity's
     * {@code owl:sameAs}) or it describes a kept entity (the shipped article does that) other than
     * by citing it.
     */
    Optional<Triple> map(Triple triple) {
        Node subject = triple.getSubject();
        Node predicate = triple.getPredicate();
        if (predicate.equals(OWL2.sameAs.asNode()) && isRenamed(subject)) {
            return Optional.empty();
        }
        Node object = triple.getObject();
        Optional<SpanIri> span = subject.isURI()
                ? SpanIri.parse(subject.getURI()).filter(this::isShipped).map(this::moved) : Optional.empty();
        if (span.isPresent() && (predicate.equals(BEGIN_INDEX) || predicate.equals(END_INDEX))) {
            int offset = predicate.equals(BEGIN_INDEX) ? span.get().begin() : span.get().end();
            object = NodeFactory.createLiteralDT(Integer.toString(offset), XSDDatatype.XSDnonNegativeInteger);
        } else if (span.isPresent() && predicate.equals(IS_STRING)) {
            object = NodeFactory.createLiteralString(text);
        } else if (predicate.equals(RDFS.label.asNode()) && isRenamed(subject) && object.isLiteral()) {
            object = NodeFactory.createLiteralLang(object.getLiteralLexicalForm() + " (" + name + ")", object.getLiteralLanguage());
        } else {
            object = map(object);
        }
        // A kept entity is described once, by the shipped article: a copy of its type and names in
        // every article would make each lookup of, say, NATO's label read one copy per article, and
        // its links re-pointed to a variant's new entities would be false (Istanbul in a second
        // Türkiye, NATO with a second Türkiye as member). A variant adds only where it cites it.
        if (isKept(subject) && !predicate.equals(EVIDENCE)) {
            return Optional.empty();
        }
        return Optional.of(Triple.create(map(subject), predicate, object));
    }

    private boolean isKept(Node node) {
        return node.isURI() && keptEntities.contains(node.getURI());
    }

    private Node map(Node node) {
        if (node.isURI()) {
            return NodeFactory.createURI(mapIri(node.getURI()));
        }
        if (node.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(node.getLiteralDatatypeURI())) {
            return NodeFactory.createLiteralDT(movedDate(node.getLiteralLexicalForm()), XSDDatatype.XSDdateTime);
        }
        return node;
    }

    private String mapIri(String iri) {
        Optional<SpanIri> span = SpanIri.parse(iri);
        if (span.isPresent() && isShipped(span.get())) {
            return moved(span.get()).iri();
        }
        if (iri.startsWith(DATA_MODULES)) {
            return DATA_MODULES + "articles/" + name + "/" + iri.substring(DATA_MODULES.length());
        }
        return isRenamed(iri) ? renamed(iri) : iri;
    }

    private String renamed(String iri) {
        return iri + "-" + name;
    }

    private boolean isRenamed(Node node) {
        return node.isURI() && isRenamed(node.getURI());
    }

    /** An individual of the article's own (not a span: those move), or a shipped actor or place not kept. */
    private boolean isRenamed(String iri) {
        return iri.startsWith(Namespaces.TKD) && !keptEntities.contains(iri) && SpanIri.parse(iri).isEmpty();
    }

    private boolean isShipped(SpanIri span) {
        return span.document().equals(document);
    }

    /** The span in this variant's text that covers the same words; the whole text stays the whole text. */
    private SpanIri moved(SpanIri span) {
        String movedDocument = renamed(span.document());
        if (span.begin() == 0 && span.end() == shippedLength) {
            return SpanIri.wholeText(movedDocument, shippedLength + shift);
        }
        return new SpanIri(movedDocument, span.begin() + shift, span.end() + shift);
    }

    private String movedDate(String lexical) {
        try {
            return LocalDateTime.parse(lexical).plusDays(dayShift).format(DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A date the corpus cannot move (only local date-times are): " + lexical, e);
        }
    }
}
