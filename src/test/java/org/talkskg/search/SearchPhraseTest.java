package org.talkskg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.search.SearchPhrase.Match;

class SearchPhraseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Witkov | (witkov witkov~2)",
        "The War Institute | (war war~1) (institute institute~2)",
        "EU | (eu)",
        "Trump's Türkiye | (trump trump~1) (turkiye turkiye~2)",
        "Putin’s | (putin putin~1)",
        "+Witkov* AND -\"( ~ | (witkov witkov~2)"})
    void eachWordMatchesItselfOrAMisspellingOfIt(String typed, String lucene) {
        assertEquals(lucene, SearchPhrase.of(typed).orElseThrow().luceneQuery());
    }

    @Test
    void onlyStopWordsAndPunctuationAreNoSearch() {
        assertEquals(Optional.empty(), SearchPhrase.of("the, of ... !?"));
    }

    @Test
    void aMisspeltWordIsFoundInATextAsTheIndexFindsIt() {
        assertEquals(List.of(new Match(6, 13)), SearchPhrase.of("Witkof").orElseThrow().matchesIn("Steve Witkoff, Trump's special envoy"));
    }

    @Test
    void aSingularFindsThePlural() {
        assertEquals(List.of(new Match(5, 14)), SearchPhrase.of("sanction").orElseThrow().matchesIn("More sanctions on Russia"));
    }

    @Test
    void shortWordsMustBeExact() {
        assertEquals(List.of(new Match(0, 2)), SearchPhrase.of("EU").orElseThrow().matchesIn("EU eh"));
    }
}
