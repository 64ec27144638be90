package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;

import org.talkskg.web.ParticipationPicture.Line;

/**
 * Text broken into lines at spaces, with the size the lines will take. The server has no font
 * metrics, so the width is an estimate from an average character width: generous, so that the
 * text of a box stays inside it.
 */
record TextBlock(List<String> lines, double lineHeight, double width) {

    TextBlock {
        lines = List.copyOf(lines);
    }

    /**
     * @param maxChars   the most characters on a line; a longer word gets a line of its own
     * @param charWidth  the average width of a character of the font
     * @param lineHeight the height of a line of the font
     */
    static TextBlock of(String text, int maxChars, double charWidth, double lineHeight) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        return new TextBlock(lines, lineHeight, longest * charWidth);
    }

    double height() {
        return lines.size() * lineHeight;
    }

    /** The lines centred on {@code centre}, the first one's top at {@code top}; baselines a quarter line above each line's bottom. */
    List<Line> place(double centre, double top, String style) {
        List<Line> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            placed.add(new Line(lines.get(i), SvgUnits.round(centre), SvgUnits.round(top + (i + 0.75) * lineHeight), style));
        }
        return placed;
    }
}
