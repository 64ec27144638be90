package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.store.BulkLoad;
import org.talkskg.store.LoadInput;
import org.talkskg.store.LoadProgress;

/** The progress of a load as shown: the share read, the triples, the rate and the time left. */
class LoadProgressDisplayTest {

    @TempDir
    Path folder;

    @Test
    void aFinishedLoadShowsEverythingReadAndItsTriples() {
        Map<String, Path> files = GraphLoader.files(new GraphFolders(Path.of("ontology"), Path.of("data")));
        List<LoadInput> inputs = files.entrySet().stream().map(file -> LoadInput.turtle(file.getValue(), file.getKey())).toList();
        LoadProgress progress = new LoadProgress(BulkLoad.totalBytes(inputs));
        BulkLoad.Result result = BulkLoad.into(folder.resolve("store"), inputs, progress);
        StringWriter shown = new StringWriter();

        try (LoadProgressDisplay display = LoadProgressDisplay.start(progress, new PrintWriter(shown), LoadProgressDisplay.Style.NONE)) {
            String triples = String.format(Locale.ROOT, "%,d triples", result.triples());
            assertTrue(display.readingLine().matches("Read 100% \\(0\\.4 MiB of 0\\.4 MiB\\): " + triples + ", [0-9,]+ triples/s, 0:00 left"),
                    display.readingLine());
            assertTrue(display.barLine(LoadProgress.Phase.DONE).startsWith("[" + "#".repeat(30) + "] done  " + triples + "  "),
                    display.barLine(LoadProgress.Phase.DONE));
            assertTrue(display.barLine(LoadProgress.Phase.INDEXING).endsWith("triples/s  building the other indexes"),
                    display.barLine(LoadProgress.Phase.INDEXING));
        }
        assertEquals("", shown.toString());
        assertEquals(LoadProgress.Phase.DONE, progress.phase());
    }

    @Test
    void nothingReadYetShowsAnEmptyBarAndNoTimeLeft() {
        LoadProgress progress = new LoadProgress(1024 * 1024);

        try (LoadProgressDisplay display = LoadProgressDisplay.start(progress, new PrintWriter(new StringWriter()), LoadProgressDisplay.Style.NONE)) {
            assertTrue(display.barLine(LoadProgress.Phase.READING).startsWith("[" + "-".repeat(30) + "]   0%  0 triples  0 triples/s  ?:?? left"),
                    display.barLine(LoadProgress.Phase.READING));
            assertTrue(display.readingLine().startsWith("Read 0% (0.0 MiB of 1.0 MiB): 0 triples, 0 triples/s, ?:?? left"), display.readingLine());
        }
    }
}
