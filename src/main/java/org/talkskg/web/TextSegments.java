package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Cuts a sentence into {@link Segment}s at the edges of the spans cited in it. Offsets count code
 * points, as NIF's do, not Java's UTF-16 chars. Where spans overlap, the words link to the
 * shortest span that covers them, the most precise citation.
 */
final class TextSegments {

    /** A cited span: offsets in code points of the whole text, and where it links to. */
    record Span(long begin, long end, String href) {

        long length() {
            return end - begin;
        }
    }

    private TextSegments() {}

    /**
     * @param text   the sentence
     * @param offset where the sentence begins in the whole text, in code points
     * @param spans  spans that overlap the sentence; the parts outside it are ignored
     */
    static List<Segment> split(String text, long offset, List<Span> spans) {
        int length = text.codePointCount(0, text.length());
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, length));
        for (Span span : spans) {
            edges.add(clamp(span.begin() - offset, length));
            edges.add(clamp(span.end() - offset, length));
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = edges.first();
        for (Integer to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            String href = shortestCovering(spans, offset + from, offset + to);
            String words = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && Objects.equals(last.href(), href)) {
                segments.set(segments.size() - 1, new Segment(last.text() + words, href));
            } else {
                segments.add(new Segment(words, href));
            }
        }
        return segments;
    }

    private static String shortestCovering(List<Span> spans, long from, long to) {
        Span best = null;
        for (Span span : spans) {
            if (span.begin() <= from && to <= span.end() && (best == null || span.length() < best.length())) {
                best = span;
            }
        }
        return best == null ? null : best.href();
    }

    private static int clamp(long position, int length) {
        return (int) Math.max(0, Math.min(length, position));
    }
}
