package org.talkskg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participation graph laid out, in SVG user units: a box per node with its lines of text, and
 * a path per edge with its label.
 */
public record ParticipationPicture(ParticipationGraph graph, double width, double height, List<Box> boxes, List<Route> routes) {

    public ParticipationPicture {
        boxes = List.copyOf(boxes);
        routes = List.copyOf(routes);
    }

    /** The different arrowheads the edges need, one per status and one for part-of links. */
    public List<ParticipationGraph.Edge> markers() {
        Map<String, ParticipationGraph.Edge> byMarker = new LinkedHashMap<>();
        routes.forEach(route -> byMarker.putIfAbsent(route.edge().marker(), route.edge()));
        return List.copyOf(byMarker.values());
    }

    /** A node's box, from its top left corner. */
    public record Box(ParticipationGraph.Node node, double x, double y, double width, double height, List<Line> lines) {

        public Box {
            lines = List.copyOf(lines);
        }
    }

    /** An edge: its path ({@code M x y L x y ...}), where its label lines go and what its tooltip says. */
    public record Route(ParticipationGraph.Edge edge, String path, List<Line> label, String title) {

        public Route {
            label = List.copyOf(label);
        }
    }

    /** A line of text, centred on {@code x}, its baseline at {@code y}, styled by a CSS class. */
    public record Line(String text, double x, double y, String style) {
    }
}
