package org.talkskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.output.WriterOutputStream;

import picocli.CommandLine.Model.CommandSpec;

/** Jena writes bytes; picocli's stdout is a Writer, which tests replace to capture it. */
final class StandardOutput {

    private StandardOutput() {}

    /** The command line's stdout as UTF-8 bytes; flush it when done. */
    static OutputStream of(CommandSpec spec) throws IOException {
        return WriterOutputStream.builder().setWriter(spec.commandLine().getOut()).setCharset(StandardCharsets.UTF_8).get();
    }
}
