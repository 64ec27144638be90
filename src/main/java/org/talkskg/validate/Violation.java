package org.talkskg.validate;

import java.util.List;

/**
 * One way in which the graph breaks a shape, ready to be shown to the person who edits the data.
 *
 * @param focusNode  the node that breaks the shape, shortened with the graph's prefixes
 * @param focusLabel its rdfs:label, or empty if it has none
 * @param path       the property path concerned, or empty for a whole-node constraint
 * @param message    what is wrong, in words
 */
public record Violation(String focusNode, String focusLabel, String path, String message) {

    /** One line: {@code tkd:x "Label"  tk:evidence: has no evidence ...}. */
    public String describe() {
        StringBuilder line = new StringBuilder(focusNode);
        if (!focusLabel.isEmpty()) {
            line.append(" \"").append(focusLabel).append('"');
        }
        line.append("  ");
        if (!path.isEmpty()) {
            line.append(path).append(": ");
        }
        return line.append(message).toString();
    }

    /** How many violations, in words: e.g. "1 violation", "3 violations". */
    public static String count(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " violation" : " violations");
    }
}
