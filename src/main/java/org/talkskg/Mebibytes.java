package org.talkskg;

import java.util.Locale;

/** Sizes as the messages show them. */
public final class Mebibytes {

    private Mebibytes() {}

    /** E.g. {@code 50.0 MiB}. */
    public static String of(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
