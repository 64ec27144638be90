package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The span command on the shipped article: offsets a curator can paste, and clear refusals. */
class SpanCommandTest {

    @Test
    void printsTheSpanOfAPhraseInASentence() {
        CommandRun run = CommandRun.of("span", "--sentence", "54", "Istanbul");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                art:offset_6599_6607 a nif:OffsetBasedString , nif:Phrase ;
                    nif:referenceContext <https://w3id.org/talks-kg/id/article#offset_0_7244> ;
                    nif:beginIndex "6599"^^xsd:nonNegativeInteger ;
                    nif:endIndex "6607"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Istanbul" .
                """, run.out());
    }

    @Test
    void escapesQuotationMarksAndCountsCodePoints() {
        CommandRun run = CommandRun.of("span", "he publicly urged Zelensky to “hold a meeting now.”");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                art:offset_1568_1619 a nif:OffsetBasedString , nif:Phrase ;
                    nif:referenceContext <https://w3id.org/talks-kg/id/article#offset_0_7244> ;
                    nif:beginIndex "1568"^^xsd:nonNegativeInteger ;
                    nif:endIndex "1619"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "he publicly urged Zelensky to “hold a meeting now.”" .
                """, run.out());
    }

    @Test
    void aPhraseThatOccursSeveralTimesIsRefused() {
        CommandRun run = CommandRun.of("span", "Putin");

        assertEquals(1, run.exitCode());
        assertEquals("\"Putin\" occurs 18 times in the article: give a longer phrase\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aPhraseNotInTheSentenceIsRefusedWithTheSentence() {
        CommandRun run = CommandRun.of("span", "--sentence", "52", "Kyiv");

        assertEquals(1, run.exitCode());
        assertEquals("\"Kyiv\" does not occur in sentence 52: Russia withdrew from the agreement in 2023.\n", run.err());
    }

    @Test
    void anUnknownSentenceIsRefused() {
        CommandRun run = CommandRun.of("span", "--sentence", "60", "Kyiv");

        assertEquals(1, run.exitCode());
        assertEquals("The article has no sentence 60 (it has 59)\n", run.err());
    }
}
