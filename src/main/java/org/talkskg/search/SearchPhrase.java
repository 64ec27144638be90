package org.talkskg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * What a person types into the search box, as a query for {@code text:query} that forgives
 * misspelling: each word matches itself (stemmed as the index is) or any word of the index
 * within a few edits of it, so "Witkov", "Witkof" and "witkoff" all find "Witkoff". Short words
 * allow fewer edits, or "war" would find "was" and "car". A text with any of the words matches,
 * and more matching words rank higher. The phrase is never read as Lucene syntax: quotes,
 * colons, stars and AND/OR are only words or spaces.
 * <p>
 * It also finds its words in a text, the same way, to mark them in what the page shows: Lucene's
 * highlighter (jena-text's highlight option) rebuilds every fuzzy query for every hit, which made
 * a search of the shipped graph ten times slower.
 */
public final class SearchPhrase {

    private final List<Word> words;

    private SearchPhrase(List<Word> words) {
        this.words = words;
    }

    /** The phrase; empty when it has no word to look for (only punctuation, or only words such as "the"). */
    public static Optional<SearchPhrase> of(String typed) {
        List<Word> words = SearchAnalyzer.tokens(typed).stream().map(Word::new).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(new SearchPhrase(words));
    }

    /** The Lucene query, e.g. {@code (witkov witkov~2)} for "Witkov". */
    public String luceneQuery() {
        // Each word in parentheses: the query text then never reads as an IRI when bound as a parameter.
        return words.stream().map(Word::clause).collect(Collectors.joining(" "));
    }

    /** Where the words of the phrase are in a text, in order, as the index would match them. */
    public List<Match> matchesIn(String text) {
        List<Match> matches = new ArrayList<>();
        for (SearchAnalyzer.Token token : SearchAnalyzer.tokens(text)) {
            if (words.stream().anyMatch(word -> word.matches(token))) {
                matches.add(new Match(token.start(), token.end()));
            }
        }
        return matches;
    }

    /** A matched word in a text: from {@code start} (inclusive) to {@code end} (exclusive), in chars. */
    public record Match(int start, int end) {}

    /** A word of the phrase, with the words of the index it matches. */
    private static final class Word {

        private final SearchAnalyzer.Token token;
        private final int edits;
        /** Accepts the index's words within the edits allowed, as Lucene's fuzzy query does; null if none are. */
        private final CharacterRunAutomaton nearby;

        Word(SearchAnalyzer.Token token) {
            this.token = token;
            this.edits = editsAllowed(token.word());
            this.nearby = edits == 0 ? null : new CharacterRunAutomaton(new LevenshteinAutomata(token.word(), true).toAutomaton(edits));
        }

        /** As common search engines do: none for words of one or two letters, one up to five, two beyond. */
        private static int editsAllowed(String word) {
            int length = word.codePointCount(0, word.length());
            return length <= 2 ? 0 : length <= 5 ? 1 : 2;
        }

        /** The word itself (analysed by the query parser, so stemmed) or, fuzzily, the word as typed. */
        String clause() {
            String escaped = QueryParserBase.escape(token.word());
            return edits == 0 ? "(" + escaped + ")" : "(" + escaped + " " + escaped + "~" + edits + ")";
        }

        boolean matches(SearchAnalyzer.Token indexed) {
            return indexed.stem().equals(token.stem()) || (nearby != null && nearby.run(indexed.stem()));
        }
    }
}
