package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.talkskg.search.SearchPhrase.Match;
import org.talkskg.web.Snippet.Part;

class SnippetTest {

    @Test
    void matchesWithOnlySpacesBetweenAreMarkedAsOne() {
        assertEquals(List.of(new Part("his foreigner ", false), new Part("Steve Witkov", true), new Part(", both", false)),
                Snippet.of("his foreigner Steve Witkov, both", List.of(new Match(14, 19), new Match(20, 26))).parts());
    }

    @Test
    void aTextWithoutMatchesIsShownUnmarked() {
        assertEquals(List.of(new Part("Kyiv", false)), Snippet.of("Kyiv", List.of()).parts());
    }

    @Test
    void aLongTextIsCutAtSpacesAroundItsFirstMatch() {
        String text = "word ".repeat(40) + "Bucha " + "word ".repeat(40);
        Snippet snippet = Snippet.of(text, List.of(new Match(200, 205)));

        assertEquals(List.of(new Part("…", false), new Part("word ".repeat(11), false), new Part("Bucha", true),
                new Part(" " + "word ".repeat(27) + "word", false), new Part("…", false)), snippet.parts());
        assertEquals(List.of("Bucha"), snippet.marked());
    }
}
