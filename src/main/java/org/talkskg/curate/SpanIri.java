package org.talkskg.curate;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IRI of an evidence span, which names the span completely: {@code DOCUMENT#offset_BEGIN_END}
 * (the NIF offset convention), offsets in code points of the document's text, end exclusive. Every
 * other field of a span node follows from it and the text, which is why span nodes are generated.
 *
 * @param document the IRI of the document whose text the span is in, e.g. {@code https://w3id.org/talks-kg/id/article}
 */
public record SpanIri(String document, int begin, int end) {

    private static final Pattern OFFSET_IRI = Pattern.compile("(.+)#offset_(\\d{1,9})_(\\d{1,9})");

    /** Document, then begin, then end: the order of the text. */
    public static final Comparator<SpanIri> TEXT_ORDER = Comparator.comparing(SpanIri::document)
            .thenComparingInt(SpanIri::begin).thenComparingInt(SpanIri::end);

    /** The span an IRI names, or empty if the IRI does not follow the offset convention. */
    public static Optional<SpanIri> parse(String iri) {
        Matcher matcher = OFFSET_IRI.matcher(iri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SpanIri(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    }

    /** The span of the document's whole text: its NIF context. */
    public static SpanIri wholeText(String document, int length) {
        return new SpanIri(document, 0, length);
    }

    public String iri() {
        return document + "#offset_" + begin + "_" + end;
    }

    /** The document's local name, which names its text file: {@code article} for {@code .../id/article}. */
    public String documentName() {
        return document.substring(document.lastIndexOf('/') + 1);
    }
}
