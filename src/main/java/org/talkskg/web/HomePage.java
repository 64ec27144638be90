package org.talkskg.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.talkskg.queries.SavedQueries;

/**
 * What the home page shows: where the graph comes from, how big it is, its main actors, meetings,
 * agreements and sanctions, and the saved questions. Read from the page queries {@code home-*}.
 */
public record HomePage(List<Source> sources, long triples, List<Count> counts, List<Actor> actors,
        List<Listing> listings, List<Question> questions) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** An article the graph is extracted from; its date as the graph gives it, with its precision. */
    public record Source(Link article, Optional<Link> outlet, Optional<String> published, Optional<String> precision,
            Optional<String> note) {}

    /** The number of things of a main class. */
    public record Count(Link kind, long count) {}

    /** A main actor: in how many meetings it takes part (in any status) and how many things it says. */
    public record Actor(Link actor, String kind, long meetings, long acts) {

        /** E.g. "in 3 meetings, 6 things said", leaving out what is none. */
        public String involvement() {
            List<String> parts = new ArrayList<>();
            if (meetings > 0) {
                parts.add("in " + Plural.of(meetings, "meeting"));
            }
            if (acts > 0) {
                parts.add(Plural.of(acts, "thing") + " said");
            }
            return String.join(", ", parts);
        }
    }

    /** The things of one kind: the meetings, the agreements, the sanctions. */
    public record Listing(String id, String heading, List<Listed> things) {}

    /** A meeting, agreement or sanctions, with its most specific kind and, if it has one, its status. */
    public record Listed(Link thing, String kind, Optional<String> status) {}

    /** A saved question and its page. */
    public record Question(String title, String href) {}

    static HomePage read(PageReader data, SavedQueries questions) {
        return new HomePage(
                data.select("home-articles").stream().map(HomePage::source).toList(),
                data.select("home-triples").get(0).number("triples"),
                data.select("home-counts").stream()
                        .map(row -> new Count(Link.to(row.required("class"), row.required("label")), row.number("count"))).toList(),
                data.select("home-actors").stream()
                        .map(row -> new Actor(Link.to(row.required("actor"), row.required("name")), row.required("kind"),
                                row.number("meetings"), row.number("acts"))).toList(),
                List.of(listing(data, "meetings", "Meetings", "tk:Meeting"),
                        listing(data, "agreements", "Agreements", "tk:Agreement"),
                        listing(data, "sanctions", "Sanctions", "tk:Sanctions")),
                questions.list().stream().map(saved -> new Question(saved.title(), "/questions/" + saved.name())).toList());
    }

    private static Source source(Row row) {
        return new Source(Link.to(row.required("article"), row.required("title")),
                row.text("outlet").map(outlet -> Link.to(outlet, row.text("outletName").orElse(outlet))),
                row.text("date").map(date -> LocalDate.parse(date.substring(0, "yyyy-mm-dd".length())).format(DAY)),
                row.text("precision"),
                row.text("source"));
    }

    private static Listing listing(PageReader data, String id, String heading, String kind) {
        return new Listing(id, heading, data.select("home-things-of-kind", Map.of("kind", kind)).stream()
                .map(row -> new Listed(Link.to(row.required("thing"), row.required("name")), row.required("kindName"), row.text("status")))
                .toList());
    }
}
