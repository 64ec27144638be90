package org.talkskg.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;

/** Whether a regular expression is still being matched in this JVM, e.g. after a request stopped for its time bound answered. */
final class RegexThreads {

    /** A text of 60 a's and a '!', as a SPARQL string literal. */
    static final String TEXT = "\"" + "a".repeat(60) + "!\"";
    /** Catastrophic backtracking on {@link #TEXT}: tries every way to split the a's thirty times before it fails. */
    static final String BACKTRACKING = "\"(.*a){30}!b\"";

    private RegexThreads() {
    }

    /** Looks a few times, as the worker may need a moment to unwind after the answer left. */
    static boolean noThreadIsStillMatching() throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
            boolean matching = Arrays.stream(threads).flatMap(thread -> Arrays.stream(thread.getStackTrace()))
                    .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex."));
            if (!matching) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
