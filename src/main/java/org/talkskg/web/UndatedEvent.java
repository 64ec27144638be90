package org.talkskg.web;

import java.util.List;

/**
 * An event or act without a date, with what the graph knows of its time instead.
 *
 * @param words  the article's own words for its time ("previously"), empty when it has none
 * @param reason the graph's note on why no date is recorded (tk:dateResolution), empty when none
 * @param order  the events the article puts before or after it, or that it is part of
 */
public record UndatedEvent(String iri, String label, String kind, Concept status, String words, String reason,
        List<OrderLink> order) {

    public UndatedEvent {
        order = List.copyOf(order);
    }

    public String href() {
        return Links.href(iri);
    }

    /** Why there is no date: the graph's own note where it has one, else what the article says of the time. */
    public String whyNoDate() {
        if (!reason.isEmpty()) {
            return reason;
        }
        return words.isEmpty() ? "The article gives no date for it." : "The article gives no date, only “" + words + "”.";
    }

    /**
     * One thing known of an undated event's time: another event it comes after or before, answers
     * or led to, is part of or includes.
     *
     * @param relation as seen from the undated event: "after", "in response to", "led to", "part of", "includes"...
     * @param when     the other event's date in words, empty when it has none either
     */
    public record OrderLink(String relation, String iri, String label, String when) {

        public String href() {
            return Links.href(iri);
        }
    }
}
