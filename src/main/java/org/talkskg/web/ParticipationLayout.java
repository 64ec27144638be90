package org.talkskg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.talkskg.web.ParticipationGraph.Edge;
import org.talkskg.web.ParticipationGraph.Node;
import org.talkskg.web.ParticipationPicture.Box;
import org.talkskg.web.ParticipationPicture.Line;
import org.talkskg.web.ParticipationPicture.Route;

/**
 * Lays out the participation graph with ELK Layered (the Eclipse Layout Kernel's Sugiyama-style
 * algorithm), left to right: actors, then the meetings they take part in, then the larger meetings
 * those are part of; edges routed orthogonally, their labels placed by the algorithm. Boxes are
 * sized from their text beforehand, since ELK places but does not measure.
 *
 * <p>ELK finds its algorithms through the service files of its jars on first use, so nothing of it
 * is loaded or initialised before the first picture is asked for. Each layout has an engine of its
 * own; the algorithm's random seed is fixed, so the same graph always gets the same picture.
 */
final class ParticipationLayout {

    private static final int NODE_CHARS = 30;
    private static final int EDGE_CHARS = 24;
    /** Average character widths and line heights of the fonts of site.css: 13px for names, 11px for the rest. */
    private static final double NAME_CHAR = 7.4;
    private static final double NAME_LINE = 16;
    private static final double SMALL_CHAR = 6.4;
    private static final double SMALL_LINE = 14;
    private static final double PAD_X = 10;
    private static final double PAD_Y = 7;

    private ParticipationLayout() {}

    static ParticipationPicture layout(ParticipationGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);

        Map<String, ElkNode> shapes = new HashMap<>();
        Map<ElkNode, Text> texts = new HashMap<>();
        for (Node node : graph.nodes()) {
            Text text = Text.of(node);
            ElkNode shape = ElkGraphUtil.createNode(root);
            shape.setDimensions(text.width() + 2 * PAD_X, text.height() + 2 * PAD_Y);
            shapes.put(node.iri(), shape);
            texts.put(shape, text);
        }
        List<ElkEdge> connections = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            ElkEdge connection = ElkGraphUtil.createSimpleEdge(shapes.get(edge.from()), shapes.get(edge.to()));
            TextBlock role = role(edge);
            Optional<TextBlock> status = edge.status().map(ParticipationLayout::status);
            ElkLabel label = ElkGraphUtil.createLabel(edge.role(), connection);
            label.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
            label.setDimensions(
                    Math.max(role.width(), status.map(TextBlock::width).orElse(0.0)),
                    role.height() + status.map(TextBlock::height).orElse(0.0));
            connections.add(connection);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>();
        for (Node node : graph.nodes()) {
            ElkNode shape = shapes.get(node.iri());
            boxes.add(new Box(node, SvgUnits.round(shape.getX()), SvgUnits.round(shape.getY()),
                    SvgUnits.round(shape.getWidth()), SvgUnits.round(shape.getHeight()), texts.get(shape).place(shape)));
        }
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < graph.edges().size(); i++) {
            Edge edge = graph.edges().get(i);
            ElkEdge connection = connections.get(i);
            routes.add(new Route(edge, path(connection), label(edge, connection.getLabels().get(0)),
                    graph.name(edge.from()) + " → " + graph.name(edge.to()) + ": " + edge.role()
                            + edge.status().map(status -> ", " + status.label()).orElse("")));
        }
        return new ParticipationPicture(graph, SvgUnits.round(root.getWidth()), SvgUnits.round(root.getHeight()), boxes, routes);
    }

    /** The edge's route as SVG path data: its one section, from the source through the bends to the target. */
    private static String path(ElkEdge connection) {
        StringBuilder path = new StringBuilder();
        for (ElkEdgeSection section : connection.getSections()) {
            path.append(path.length() == 0 ? "M" : " M").append(point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                path.append(" L").append(point(bend.getX(), bend.getY()));
            }
            path.append(" L").append(point(section.getEndX(), section.getEndY()));
        }
        return path.toString();
    }

    /** The role on a line or two, and the status under it, centred in the place ELK gave the label. */
    private static List<Line> label(Edge edge, ElkLabel placed) {
        double centre = placed.getX() + placed.getWidth() / 2;
        TextBlock role = role(edge);
        List<Line> lines = new ArrayList<>(role.place(centre, placed.getY(), "edge-role"));
        edge.status().ifPresent(status -> lines.addAll(status(status).place(centre, placed.getY() + role.height(), "edge-status")));
        return lines;
    }

    private static TextBlock role(Edge edge) {
        return TextBlock.of(edge.role(), EDGE_CHARS, SMALL_CHAR, SMALL_LINE);
    }

    private static TextBlock status(Concept status) {
        return TextBlock.of(status.label(), EDGE_CHARS, SMALL_CHAR, SMALL_LINE);
    }

    private static String point(double x, double y) {
        return SvgUnits.round(x) + " " + SvgUnits.round(y);
    }

    /** A node's name in lines, and for a meeting its kind and status under it. */
    private record Text(TextBlock name, Optional<TextBlock> detail) {

        static Text of(Node node) {
            return new Text(TextBlock.of(node.label(), NODE_CHARS, NAME_CHAR, NAME_LINE),
                    node.detail().map(detail -> TextBlock.of(detail, NODE_CHARS + 8, SMALL_CHAR, SMALL_LINE)));
        }

        double width() {
            return Math.max(name.width(), detail.map(TextBlock::width).orElse(0.0));
        }

        double height() {
            return name.height() + detail.map(TextBlock::height).orElse(0.0);
        }

        /** The lines centred in the box where ELK put the node. */
        List<Line> place(ElkNode shape) {
            double centre = shape.getX() + shape.getWidth() / 2;
            double top = shape.getY() + PAD_Y;
            List<Line> lines = new ArrayList<>(name.place(centre, top, "node-label"));
            detail.ifPresent(block -> lines.addAll(block.place(centre, top + name.height(), "node-detail")));
            return lines;
        }
    }
}
