package org.talkskg.curate;

/**
 * A span of the article as evidence: offsets in code points of the context's text, end exclusive.
 *
 * @param context the IRI of the NIF context (the whole article)
 * @param begin   first code point of the span
 * @param end     first code point after the span
 * @param anchor  the text between begin and end
 */
public record EvidenceSpan(String context, int begin, int end, String anchor) {

    /** The Turtle description to paste into a data module (prefixes art:, nif: and xsd:), named by the NIF offset convention. */
    public String toTurtle() {
        return "art:offset_" + begin + "_" + end + " a nif:OffsetBasedString , nif:Phrase ;\n"
                + "    nif:referenceContext <" + context + "> ;\n"
                + "    nif:beginIndex \"" + begin + "\"^^xsd:nonNegativeInteger ;\n"
                + "    nif:endIndex \"" + end + "\"^^xsd:nonNegativeInteger ;\n"
                + "    nif:anchorOf \"" + escape(anchor) + "\" .\n";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
