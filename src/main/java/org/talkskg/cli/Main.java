package org.talkskg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point of {@code java -jar talks-kg.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** All commands, wired to UTF-8 stdout and stderr; tests swap the streams with setOut and setErr. */
    static CommandLine commandLine() {
        return new CommandLine(new TalksKgCommand())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setOut(utf8(System.out))
                .setErr(utf8(System.err));
    }

    /** Results contain non-ASCII text (Türkiye) whatever the platform's default charset is. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
