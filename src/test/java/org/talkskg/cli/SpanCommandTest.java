package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The span command on the shipped article: IRIs to cite, citations to paste, the sync, and clear refusals. */
class SpanCommandTest {

    @Test
    void printsTheIriOfAPhraseInASentenceAndWhoCitesIt() {
        CommandRun run = CommandRun.of("span", "--sentence", "54", "Istanbul");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("art:offset_6599_6607\n", run.out());
        assertEquals("art:offset_6599_6607 exists, cited by tkd:istanbul\n", run.err());
    }

    @Test
    void countsCodePointsAndSaysWhenTheSpanIsNew() {
        CommandRun run = CommandRun.of("span", "he publicly urged Zelensky to “hold a meeting now.”");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("art:offset_1568_1619\n", run.out());
        assertEquals("art:offset_1568_1619 is a new span: cite it, then run talks-kg span --sync\n", run.err());
    }

    @Test
    void addPrintsTheCitationToPasteAndSaysWhenTheFactAlreadyCitesIt() {
        CommandRun newCitation = CommandRun.of("span", "--sentence", "54", "Istanbul", "--add", "tkd:istanbul-talks-2025");
        CommandRun existing = CommandRun.of("span", "--sentence", "54", "Istanbul", "--add", "<https://w3id.org/talks-kg/id/istanbul>");

        assertEquals(0, newCitation.exitCode(), newCitation.err());
        assertEquals("tkd:istanbul-talks-2025 tk:evidence art:offset_6599_6607 .\n", newCitation.out());
        assertEquals("tkd:istanbul tk:evidence art:offset_6599_6607 .\n", existing.out());
        assertEquals("art:offset_6599_6607 exists, cited by tkd:istanbul\ntkd:istanbul already cites it\n", existing.err());
    }

    @Test
    void syncRewritesTheSpanModuleOfTheDataFolderGiven(@TempDir Path copy) throws IOException {
        Path data = copy.resolve("data");
        PathUtils.copyDirectory(Path.of("data"), data);
        Files.writeString(data.resolve("spans.ttl"), "# stale\n");

        CommandRun run = CommandRun.of("span", "--sync", "--data", data.toString(), "--ontology", "ontology");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(Path.of("data/spans.ttl")), Files.readString(data.resolve("spans.ttl")));
        assertTrue(run.err().matches(".*spans\\.ttl: \\d+ spans \\(\\d+ new, 0 no longer cited\\)\n"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void syncRefusesTheBundledDataFolder() {
        CommandRun run = CommandRun.of("span", "--sync");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--sync writes into the data folder: give it with --data DIR"), run.err());
    }

    @Test
    void aPhraseAndSyncTogetherOrNeitherIsAUsageError() {
        for (String[] args : Stream.of(new String[] {"span"}, new String[] {"span", "--sync", "Putin"}).toList()) {
            CommandRun run = CommandRun.of(args);
            assertEquals(2, run.exitCode());
            assertTrue(run.err().startsWith("Give either a PHRASE to find or --sync, not both or neither"), run.err());
        }
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
    void anUnknownSentenceOrArticleIsRefused() {
        CommandRun sentence = CommandRun.of("span", "--sentence", "60", "Kyiv");
        CommandRun article = CommandRun.of("span", "--article", "tkd:other-article", "Kyiv");

        assertEquals(1, sentence.exitCode());
        assertEquals("The article has no sentence 60 (it has 59)\n", sentence.err());
        assertEquals(1, article.exitCode());
        assertEquals("No article https://w3id.org/talks-kg/id/other-article with a text in the graph;"
                + " it has [https://w3id.org/talks-kg/id/article]\n", article.err());
    }
}
