package org.talkskg.web;

/**
 * An event or act with a date or a range of days, as the timeline shows it.
 *
 * @param words the article's own words for the date ("on Thursday"), empty when it has none
 */
public record DatedEvent(String iri, String label, String kind, Concept status, DatedSpan span, String words) {

    public String href() {
        return Links.href(iri);
    }

    /** The tooltip of its mark: what, how certain, when and how precisely. */
    public String summary() {
        return label + " — " + status.label() + ", " + span.describe() + " (" + span.precision().label() + ")"
                + (words.isEmpty() ? "" : ", “" + words + "”");
    }
}
