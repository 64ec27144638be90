package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;

/**
 * What the commands do with input files that must not be served: not UTF-8, too large, or data
 * whose evidence points into no loaded text. Each is one line on stderr, before anything listens.
 */
class StartupInputTest {

    private static final String TINY_ONTOLOGY = path("tiny/ontology").toString();

    @Test
    void aFileThatIsNotUtf8StopsServeAtItsFirstBadByte(@TempDir Path data) throws IOException {
        // "Ren\u00e9" saved as Latin-1: line 1 is 37 bytes, and the 0xE9 is the 18th byte of line 2.
        byte[] latin1 = "@prefix ex: <https://example.org/> .\nex:a ex:name \"René\" .\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(data.resolve("names.ttl"), latin1);

        ServeRun run = serve("--ontology", TINY_ONTOLOGY, "--data", data.toString());

        run.assertRefused(data.resolve("names.ttl") + ": not UTF-8 at byte 54 (line 2): 0xE9; save the file as UTF-8");
    }

    @Test
    void aFileOverTheSizeLimitStopsServeBeforeAnyFileIsRead(@TempDir Path data) throws IOException {
        // 2000 bytes; the file sorted before it is broken, and is never read.
        Files.writeString(data.resolve("a-broken.ttl"), "this is not Turtle");
        Files.writeString(data.resolve("big.ttl"), "#".repeat(1999) + "\n");

        ServeRun run = serve("--max-file-size", "1KB", "--ontology", TINY_ONTOLOGY, "--data", data.toString());

        run.assertRefused(data.resolve("big.ttl") + " is 2000 bytes, more than the limit of 1000 bytes: give a larger --max-file-size to load it");
    }

    @Test
    void byDefaultAFileOver16MibIsRefused(@TempDir Path data) throws IOException {
        // Its size is all that is looked at: the file is sparse, and never read.
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("huge.ttl").toFile(), "rw")) {
            file.setLength(16 * 1024 * 1024 + 1);
        }

        ServeRun run = serve("--ontology", TINY_ONTOLOGY, "--data", data.toString());

        run.assertRefused(data.resolve("huge.ttl") + " is 16777217 bytes (16.0 MiB), more than the limit of 16777216 bytes (16.0 MiB):"
                + " give a larger --max-file-size to load it");
    }

    @Test
    void anArticleTextOverTheSizeLimitStopsServeBeforeAnyFileIsRead(@TempDir Path tmp) throws IOException {
        Path data = copyOfShippedData(tmp);
        // Never read: a Turtle file that does not parse, and the text, sparse, whose size is all that is looked at.
        Files.writeString(data.resolve("a-broken.ttl"), "this is not Turtle");
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("source/article.txt").toFile(), "rw")) {
            file.setLength(16 * 1024 * 1024 + 1);
        }

        ServeRun run = serve("--data", data.toString());

        run.assertRefused(data.resolve("source/article.txt") + " is 16777217 bytes (16.0 MiB), more than the limit of 16777216 bytes"
                + " (16.0 MiB): give a larger --max-file-size to load it");
    }

    @Test
    void aLimitThatIsNotASizeIsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--port", "0", "--max-file-size", "64XB");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--max-file-size': '64XB' is not a size:"
                + " give bytes, or a number with KB, MB, GB, KiB, MiB or GiB, such as 64MiB\n"), run.err());
    }

    @Test
    void aMissingArticleTextStopsServe(@TempDir Path tmp) throws IOException {
        Path data = copyOfShippedData(tmp);
        Files.delete(data.resolve("source/article.txt"));

        ServeRun run = serve("--data", data.toString());

        run.assertRefused("No text for the document article: " + data.resolve("source/article.txt") + " is missing");
    }

    @Test
    void validateRefusesAMissingArticleTextWithTheSameLine(@TempDir Path tmp) throws IOException {
        Path data = copyOfShippedData(tmp);
        Files.delete(data.resolve("source/article.txt"));

        CommandRun run = CommandRun.of("validate", "--data", data.toString());

        assertEquals(1, run.exitCode());
        assertEquals("No text for the document article: " + data.resolve("source/article.txt") + " is missing\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingSpansModuleStopsServe(@TempDir Path tmp) throws IOException {
        // The text file is there, but the graph does not hold it: nothing to show for any span.
        Path data = copyOfShippedData(tmp);
        Files.delete(data.resolve("spans.ttl"));

        ServeRun run = serve("--data", data.toString());

        run.assertRefused("https://w3id.org/talks-kg/id/article#offset_0_3 points into no loaded text: the graph holds no text of"
                + " https://w3id.org/talks-kg/id/article (" + data.resolve("spans.ttl") + " is missing or out of date: run talks-kg span --sync)");
    }

    @Test
    void aSpanOutsideTheArticleStopsServe(@TempDir Path tmp) throws IOException {
        Path data = copyOfShippedData(tmp);
        Files.writeString(data.resolve("dangling.ttl"), """
                @prefix tk: <https://w3id.org/talks-kg/ontology#> .
                <https://w3id.org/talks-kg/id/putin-statement> tk:evidence <https://w3id.org/talks-kg/id/article#offset_9000_9010> .
                """);

        ServeRun run = serve("--data", data.toString());

        run.assertRefused("https://w3id.org/talks-kg/id/article#offset_9000_9010, cited in data/dangling.ttl, is not a span of "
                + data.resolve("source/article.txt") + " (7244 code points)");
    }

    @Test
    void aLargeFileReportsHowFarLoadingHasGotOnStderr(@TempDir Path data) throws IOException {
        // 600 000 triples of 27 to 33 bytes: over the 4 MiB from which progress is reported.
        Path big = data.resolve("big.ttl");
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("@prefix e: <https://example.org/> .\n");
            for (int i = 0; i < 600_000; i++) {
                out.write("e:s" + i + " e:p e:o" + i + " .\n");
            }
        }
        String size = String.format(Locale.ROOT, "%.1f MiB", Files.size(big) / (1024.0 * 1024.0));

        CommandRun run = CommandRun.of("query", "attendees", "--format", "csv", "--queries", path("tiny/queries").toString(),
                "--ontology", TINY_ONTOLOGY, "--data", data.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "Loading " + big + " (" + size + ")",
                big + ": 250000 triples read",
                big + ": 500000 triples read",
                big + ": 600000 triples, all read"), run.err().lines().toList());
    }

    @Test
    void theShippedFilesLoadWithoutAWord() {
        CommandRun run = CommandRun.of("query", "overview", "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    /** serve's outcome; a start that is wrongly not refused would serve until the JVM ends, hence the timeout. */
    private record ServeRun(int port, CommandRun run) {

        void assertRefused(String line) {
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(line + "\n", run.err());
            assertEquals("", run.out());
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        }
    }

    private static ServeRun serve(String... options) {
        int port = Fixtures.freePort();
        String[] args = Stream.concat(Stream.of("serve", "--port", Integer.toString(port)), Stream.of(options)).toArray(String[]::new);
        return new ServeRun(port, assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandRun.of(args)));
    }

    private static Path copyOfShippedData(Path tmp) throws IOException {
        Path copy = tmp.resolve("data");
        try (Stream<Path> paths = Files.walk(Path.of("data"))) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = copy.resolve(Path.of("data").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
