package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class QueriesCommandTest {

    @Test
    void listsEachQueryWithItsTitleAndParameters() {
        CommandRun run = CommandRun.of("queries", "--queries", path("param-queries").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                assigns-its-parameter  A query that assigns the variable of its own parameter, so it cannot be substituted  [--param name]
                label-of               The label of a thing  [--param thing --param lang]
                with-default           A text parameter with a default  [--param text]
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void longListingShowsQuestionAndParameters() {
        CommandRun run = CommandRun.of("queries", "--long", "--queries", path("param-queries").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("""
                label-of
                  title:      The label of a thing
                  question:   What is the label of a given thing, in a given language?
                  parameters: thing - what to look up: an IRI or a label (required)
                              lang - the language of the label (default en)
                """), run.out());
    }

    @Test
    void listsEverySavedQueryOfTheProgram() throws IOException {
        CommandRun run = CommandRun.of("queries");

        List<String> listed = run.out().lines().map(line -> line.substring(0, line.indexOf(' '))).toList();
        try (Stream<Path> files = Files.list(BundledFolders.folder("queries"))) {
            assertEquals(files.map(file -> file.getFileName().toString().replace(".rq", "")).sorted().toList(), listed);
        }
        assertTrue(run.out().contains("\nevidence-for "), run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void aMissingFolderIsOneReadableLine() {
        CommandRun run = CommandRun.of("queries", "--queries", "no/such/folder");

        assertEquals(1, run.exitCode());
        assertEquals("No queries folder at no/such/folder\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void hasHelp() {
        CommandRun run = CommandRun.of("queries", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--long"), run.out());
    }
}
