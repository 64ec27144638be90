package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TalksKgCommandTest {

    @Test
    void versionIsThePomVersion() {
        CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.exitCode());
        // Surefire passes the pom's version in (see pom.xml).
        assertEquals("talks-kg " + System.getProperty("talks-kg.version") + "\n", run.out());
    }

    @Test
    void helpListsTheCommands() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\n  serve  "), run.out());
        assertTrue(run.out().contains("\n  query  "), run.out());
    }

    @Test
    void eachCommandHasHelp() {
        CommandRun serve = CommandRun.of("serve", "--help");
        CommandRun query = CommandRun.of("query", "--help");

        assertEquals(0, serve.exitCode());
        assertTrue(serve.out().contains("--port"), serve.out());
        assertEquals(0, query.exitCode());
        assertTrue(query.out().contains("--format"), query.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing command: one of serve, query"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("query", "--colour", "who-attended-which-talks");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err());
    }
}
