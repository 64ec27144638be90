package org.talkskg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How the graph's English texts are cut into the words the index holds: Unicode word boundaries,
 * the possessive dropped ("Trump's", "Putin’s"), lower case, accents folded ("Türkiye" is
 * "turkiye"), no stop words ("the", "of"), and plurals made singular ("sanctions" is "sanction").
 * Only plurals are stemmed: a stronger stemmer also changes names ("Voldy" to "voldi").
 */
public final class SearchAnalyzer extends Analyzer {

    /** The words before stemming: a misspelt word of a search is compared with the stems as it is. */
    private static final SearchAnalyzer UNSTEMMED = new SearchAnalyzer(false);
    private static final SearchAnalyzer STEMMED = new SearchAnalyzer();

    private final boolean stemmed;

    public SearchAnalyzer() {
        this(true);
    }

    private SearchAnalyzer(boolean stemmed) {
        this.stemmed = stemmed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new StopFilter(normalize(fieldName, new EnglishPossessiveFilter(source)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, stemmed ? new EnglishMinimalStemFilter(words) : words);
    }

    /** Also applied to the words of fuzzy queries, which are not analysed otherwise. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * The words of a text as the index holds them, with where each is in the text: e.g. for
     * "The War Institutes" {@code war} (stem {@code war}) at 4 to 7 and {@code institutes}
     * (stem {@code institute}) at 8 to 18.
     */
    static List<Token> tokens(String text) {
        List<Token> unstemmed = UNSTEMMED.read(text);
        List<Token> stemmed = STEMMED.read(text);
        // Stemming changes words but never drops one: the two lists run in step.
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < unstemmed.size(); i++) {
            Token word = unstemmed.get(i);
            tokens.add(new Token(word.word(), stemmed.get(i).word(), word.start(), word.end()));
        }
        return tokens;
    }

    /** A word of a text: lower case, accents folded; its stem as the index has it; its offsets in the text (chars). */
    record Token(String word, String stem, int start, int end) {}

    private List<Token> read(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return tokens;
    }
}
