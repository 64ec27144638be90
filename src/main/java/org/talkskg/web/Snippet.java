package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.talkskg.search.SearchPhrase.Match;

/**
 * The words of a text around what a search matched, in parts that are marked (matched) or not,
 * so that a template can put {@code <mark>} around the marked ones and escape all of them. A long
 * text is cut to about {@value #LENGTH} characters around its first match, at spaces, with an
 * ellipsis where something is left out.
 *
 * @param parts in the order of the text
 */
public record Snippet(List<Part> parts) {

    static final int LENGTH = 200;
    /** How much of the text before the first match a cut text keeps. */
    private static final int BEFORE = 60;
    private static final String ELLIPSIS = "…";

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A piece of the text, matched or not. */
    public record Part(String text, boolean marked) {}

    /** The text with its matches marked; matches separated only by spaces are marked as one. */
    static Snippet of(String text, List<Match> matches) {
        int from = 0;
        int to = text.length();
        if (text.length() > LENGTH) {
            int first = matches.isEmpty() ? 0 : matches.get(0).start();
            from = first <= BEFORE ? 0 : wordStartAfter(text, first - BEFORE, first);
            to = Math.min(text.length(), from + LENGTH);
            to = to == text.length() ? to : wordEndBefore(text, to, from);
        }
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part(ELLIPSIS, false));
        }
        int position = from;
        for (Match match : matches) {
            if (match.start() < position || match.end() > to) {
                continue;
            }
            String between = text.substring(position, match.start());
            if (between.isBlank() && !parts.isEmpty() && parts.get(parts.size() - 1).marked()) {
                Part previous = parts.remove(parts.size() - 1);
                parts.add(new Part(previous.text() + between + text.substring(match.start(), match.end()), true));
            } else {
                if (!between.isEmpty()) {
                    parts.add(new Part(between, false));
                }
                parts.add(new Part(text.substring(match.start(), match.end()), true));
            }
            position = match.end();
        }
        if (position < to) {
            parts.add(new Part(text.substring(position, to), false));
        }
        if (to < text.length()) {
            parts.add(new Part(ELLIPSIS, false));
        }
        return new Snippet(parts);
    }

    /** The text as shown, without marks. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** The matched pieces, e.g. {@code ["Steve Witkov"]}. */
    public List<String> marked() {
        return parts.stream().filter(Part::marked).map(Part::text).toList();
    }

    /** The start of the first word after the position, but not after {@code ceiling}. */
    private static int wordStartAfter(String text, int position, int ceiling) {
        int space = text.indexOf(' ', position);
        return space < 0 || space >= ceiling ? position : space + 1;
    }

    /** The end of the last whole word before the position, but not before {@code floor}. */
    private static int wordEndBefore(String text, int position, int floor) {
        int space = text.lastIndexOf(' ', position);
        return space <= floor ? position : space;
    }
}
