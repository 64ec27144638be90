package org.talkskg.corpus;

import java.nio.file.Path;
import java.util.Locale;

/** How a corpus is written. */
public enum CorpusFormat {
    /** A data folder of Turtle modules, for serve, validate and load alike. */
    TURTLE,
    /** One N-Quads file and the texts, for load: the quickest to bulk-load. */
    NQUADS;

    ModuleWriter writerInto(Path output) {
        return this == TURTLE ? new TurtleModules(output) : new NQuadsModules(output);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
