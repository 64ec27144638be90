package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cutting a sentence at the cited spans, with offsets in code points as NIF counts them. */
class TextSegmentsTest {

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // The emoji is one code point and two Java chars: the span after it must not shift by one.
        String sentence = "Hi \uD83D\uDE00 Witkov said.";

        List<Segment> segments = TextSegments.split(sentence, 100, List.of(new TextSegments.Span(105, 111, "#offset_105_111")));

        assertEquals(List.of(new Segment("Hi \uD83D\uDE00 ", null), new Segment("Witkov", "#offset_105_111"), new Segment(" said.", null)),
                segments);
    }

    @Test
    void wordsInOverlappingSpansLinkToTheShortestAndPartsOutsideTheSentenceAreLeftOut() {
        // The sentence is at offsets 10 to 29 of its text; "Zelensky" is at 20 to 28.
        List<Segment> segments = TextSegments.split("Putin met Zelensky.", 10, List.of(
                new TextSegments.Span(0, 19, "#outer"),
                new TextSegments.Span(20, 28, "#name"),
                new TextSegments.Span(24, 40, "#tail")));

        assertEquals(List.of(new Segment("Putin met", "#outer"), new Segment(" ", null), new Segment("Zelensky", "#name"),
                new Segment(".", "#tail")), segments);
    }
}
