package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate and coverage commands: what they print and how they exit, on good and broken data. */
class ValidateAndCoverageCommandTest {

    @Test
    void validatePassesOnTheShippedGraph() {
        CommandRun run = CommandRun.of("validate");

        assertEquals(0, run.exitCode(), run.out());
        assertEquals("The graph conforms to the shapes: no violations.\n", run.out());
    }

    @Test
    void validateListsEachViolationAndExitsOne(@TempDir Path data) throws IOException {
        Files.copy(path("shacl/base.ttl"), data.resolve("base.ttl"));
        Files.copy(path("shacl/missing-evidence.ttl"), data.resolve("missing-evidence.ttl"));
        Files.copy(path("shacl/claim-without-source.ttl"), data.resolve("claim-without-source.ttl"));
        copyArticleText(data);

        CommandRun run = CommandRun.of("validate", "--ontology", "ontology", "--data", data.toString());

        assertEquals(1, run.exitCode());
        assertEquals("""
                tkd:claim "A claim"  tk:claimSource: must be attributed to a source (tk:claimSource): a claim is not a fact the graph asserts
                tkd:putin "Vladimir Putin"  tk:evidence: has no evidence: every fact must point at the span of the article it comes from (tk:evidence)
                2 violations of the shapes.
                """, run.out());
    }

    @Test
    void validateStoreChecksWhatABulkLoadedStoreHolds(@TempDir Path folder) throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.copy(path("shacl/base.ttl"), data.resolve("base.ttl"));
        Files.copy(path("shacl/missing-evidence.ttl"), data.resolve("missing-evidence.ttl"));
        copyArticleText(data);
        Path store = folder.resolve("store");
        CommandRun load = CommandRun.of("load", "--store", store.toString(), "--progress", "none", "--ontology", "ontology",
                "--data", data.toString());
        assertEquals(0, load.exitCode(), load.err());

        CommandRun run = CommandRun.of("validate", "--store", store.toString(), "--ontology", "ontology", "--data", data.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("""
                tkd:putin "Vladimir Putin"  tk:evidence: has no evidence: every fact must point at the span of the article it comes from (tk:evidence)
                1 violation of the shapes.
                """, run.out());
    }

    @Test
    void validateStoreOfNoFolderIsAUsageError(@TempDir Path folder) {
        Path nowhere = folder.resolve("nowhere");

        CommandRun run = CommandRun.of("validate", "--store", nowhere.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--store " + nowhere + ": no such folder; serve --store DIR makes a store\n"), run.err());
    }

    @Test
    void validateWithoutShapesIsOneReadableLine(@TempDir Path emptyOntology) {
        CommandRun run = CommandRun.of("validate", "--ontology", emptyOntology.toString(), "--data", "data");

        assertEquals(1, run.exitCode());
        assertEquals("No SHACL shapes to validate against: the ontology folder has no shapes.ttl\n", run.err());
    }

    @Test
    void coverageOfTheShippedArticleIsComplete() {
        CommandRun run = CommandRun.of("coverage");

        assertEquals(0, run.exitCode(), run.out());
        assertEquals("""
                Content sentences cited: 55 / 55
                Sentences marked as carrying no content: 4
                  2: –
                  8: This is what we know.
                  35: What happened when Ukraine and Russia last talked?
                  48: Not much.
                """, run.out());
    }

    @Test
    void coverageListsUncitedSentencesAndExitsOne(@TempDir Path data) throws IOException {
        // The base fixture without its only evidence link: its one sentence is cited by nothing.
        String uncited = Files.readString(path("shacl/base.ttl")).replace("tk:evidence art:offset_27_35 .", ".");
        Files.writeString(data.resolve("base.ttl"), uncited);
        copyArticleText(data);

        CommandRun run = CommandRun.of("coverage", "--ontology", "ontology", "--data", data.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("""
                Content sentences cited: 0 / 1
                Uncited content sentences:
                  1: Putin may meet Zelensky in Istanbul on Thursday.
                """), run.out());
    }

    /** The base fixture's article text, which every command but span requires beside the spans citing it. */
    private static void copyArticleText(Path data) throws IOException {
        Files.createDirectories(data.resolve("source"));
        Files.copy(path("shacl/source/article.txt"), data.resolve("source/article.txt"));
    }
}
