package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talkskg.graph.Namespaces;

/**
 * Who takes part in what, as a graph to lay out: the actors with a participation and every
 * meeting are its nodes; each participation is an edge from the actor to the meeting, with the
 * role and the participation status, and a meeting that is part of a larger one has an edge to it.
 */
public record ParticipationGraph(List<Node> nodes, List<Edge> edges, List<LegendEntry> statuses) {

    public ParticipationGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        statuses = List.copyOf(statuses);
    }

    /** Reads it from the graph by the page queries participations, participation-meetings and code-list. */
    static ParticipationGraph read(PageReader rows) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        List<Row> meetings = rows.select("participation-meetings");
        for (Row row : meetings) {
            nodes.putIfAbsent(row.required("meeting"), new Node(row.required("meeting"), row.required("label"),
                    Optional.of(row.required("kind") + " · " + row.required("statusName"))));
        }
        for (Row row : rows.select("participations")) {
            nodes.putIfAbsent(row.required("actor"), new Node(row.required("actor"), row.required("actorName"), Optional.empty()));
            edges.add(new Edge(row.required("actor"), row.required("meeting"), row.required("roleName"),
                    Optional.of(new Concept(row.required("status"), row.required("statusName")))));
        }
        for (Row row : meetings) {
            row.text("whole").ifPresent(whole -> edges.add(new Edge(row.required("meeting"), whole, "part of", Optional.empty())));
        }
        // A meeting without a label or a status (the shapes refuse both) has no node, so no edge either.
        List<Edge> drawable = edges.stream().filter(edge -> nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())).toList();
        return new ParticipationGraph(List.copyOf(nodes.values()), drawable, Legend.of(rows, Namespaces.TK + "ParticipationStatusScheme"));
    }

    /** The label of a node. */
    public String name(String iri) {
        return nodes.stream().filter(node -> node.iri().equals(iri)).findFirst().map(Node::label).orElse(iri);
    }

    /**
     * An actor or a meeting.
     *
     * @param detail for a meeting its kind and status ("Talks · planned"); empty for an actor
     */
    public record Node(String iri, String label, Optional<String> detail) {

        public boolean isMeeting() {
            return detail.isPresent();
        }

        public String href() {
            return Links.href(iri);
        }
    }

    /**
     * A participation, from the actor to the meeting, or a meeting's link to the larger one it is part of.
     *
     * @param role   the participant's role, or "part of"
     * @param status the participation's status; empty for a part-of link
     */
    public record Edge(String from, String to, String role, Optional<Concept> status) {

        /** The CSS classes that draw it: its status, or those of a part-of link. */
        public String style() {
            return status.map(concept -> "status-" + concept.token()).orElse("part-of");
        }

        /** The id of the arrowhead drawn in its colour. */
        public String marker() {
            return "arrow-" + status.map(Concept::token).orElse("part-of");
        }
    }
}
