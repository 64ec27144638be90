package org.talkskg.curate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.Utf8Text;

/**
 * The text of one source document, kept unchanged under the data folder as
 * {@code source/NAME.txt}, where NAME is the document IRI's local name. Offsets count code points.
 */
public final class SourceText {

    /** Folder of the source texts inside the data folder. */
    public static final String FOLDER = GraphFolders.SOURCE_TEXTS;

    private final Path file;
    private final String text;
    private final int length;

    private SourceText(Path file, String text) {
        this.file = file;
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    /** The file a document's text is kept in. */
    public static Path fileOf(Path dataFolder, String documentName) {
        return dataFolder.resolve(FOLDER).resolve(documentName + ".txt");
    }

    /**
     * @throws SpanException if the file is missing or unreadable
     * @throws org.talkskg.graph.GraphLoadException if it is not UTF-8, with the position of the first bad byte
     */
    public static SourceText read(Path dataFolder, String documentName) {
        Path file = fileOf(dataFolder, documentName);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Utf8Text.requireValid(file, bytes);
            return new SourceText(file, new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SpanException("No text for the document " + documentName + ": " + file + " is missing");
        } catch (IOException e) {
            throw new SpanException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The text between two code point offsets. */
    public String substring(int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    /** True if the span lies inside the text and is not empty. */
    public boolean fits(SpanIri span) {
        return span.begin() < span.end() && span.end() <= length;
    }
}
