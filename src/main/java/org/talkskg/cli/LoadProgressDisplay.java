package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.talkskg.Mebibytes;
import org.talkskg.store.LoadProgress;

/**
 * Shows a bulk load's progress on stderr while it runs: on a terminal one bar redrawn in place
 * (share read, triples, triples/s, time left), otherwise a plain line now and then, which a log
 * file or CI output keeps readable.
 */
final class LoadProgressDisplay implements AutoCloseable {

    /** How the progress is shown. */
    enum Style {
        AUTO, BAR, LINES, NONE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The load command's {@code --progress}: auto, bar, lines or none. */
    static final class StyleConverter extends LowerCaseNameConverter<Style> {

        StyleConverter() {
            super(Style.class);
        }
    }

    private static final int BAR_WIDTH = 30;
    private static final long BAR_EVERY_MILLIS = 250;
    private static final long LINE_EVERY_MILLIS = 10_000;

    private final LoadProgress progress;
    private final PrintWriter err;
    private final boolean bar;
    private final ScheduledExecutorService ticker;
    private LoadProgress.Phase shownPhase = LoadProgress.Phase.READING;

    private LoadProgressDisplay(LoadProgress progress, PrintWriter err, boolean bar, ScheduledExecutorService ticker) {
        this.progress = progress;
        this.err = err;
        this.bar = bar;
        this.ticker = ticker;
    }

    /** Starts showing the progress in the style asked for; AUTO is a bar on a terminal and lines otherwise. */
    static LoadProgressDisplay start(LoadProgress progress, PrintWriter err, Style style) {
        Style shown = style == Style.AUTO ? (System.console() != null ? Style.BAR : Style.LINES) : style;
        if (shown == Style.NONE) {
            return new LoadProgressDisplay(progress, err, false, null);
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "load-progress");
            thread.setDaemon(true);
            return thread;
        });
        LoadProgressDisplay display = new LoadProgressDisplay(progress, err, shown == Style.BAR, ticker);
        long every = display.bar ? BAR_EVERY_MILLIS : LINE_EVERY_MILLIS;
        ticker.scheduleAtFixedRate(display::show, every, every, TimeUnit.MILLISECONDS);
        return display;
    }

    /** Stops the display; a bar is drawn once more, as the load ended, and its line ended. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (bar) {
            show();
            err.println();
            err.flush();
        }
    }

    private synchronized void show() {
        LoadProgress.Phase phase = progress.phase();
        if (bar) {
            err.print("\r" + barLine(phase) + "\u001b[K");
        } else if (phase == LoadProgress.Phase.READING) {
            err.println(readingLine());
        } else if (shownPhase == LoadProgress.Phase.READING) {
            err.println(readingLine());
            err.println("Building the other indexes");
        }
        shownPhase = phase;
        err.flush();
    }

    String barLine(LoadProgress.Phase phase) {
        int filled = (int) Math.round(BAR_WIDTH * share());
        String drawn = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        String counts = String.format(Locale.ROOT, "%,d triples  %,d triples/s", progress.triples(), rate());
        return switch (phase) {
            case READING -> String.format(Locale.ROOT, "[%s] %3.0f%%  %s  %s left", drawn, 100 * share(), counts, timeLeft());
            case INDEXING -> String.format(Locale.ROOT, "[%s] read  %s  building the other indexes", drawn, counts);
            case DONE -> String.format(Locale.ROOT, "[%s] done  %s", drawn, counts);
        };
    }

    String readingLine() {
        return String.format(Locale.ROOT, "Read %.0f%% (%s of %s): %,d triples, %,d triples/s, %s left",
                100 * share(), Mebibytes.of(progress.bytesRead()), Mebibytes.of(progress.totalBytes()), progress.triples(), rate(),
                timeLeft());
    }

    private double share() {
        return progress.totalBytes() == 0 ? 1 : Math.min(1, (double) progress.bytesRead() / progress.totalBytes());
    }

    private long rate() {
        double seconds = progress.seconds();
        return seconds <= 0 ? 0 : Math.round(progress.triples() / seconds);
    }

    /** The reading's time left at the rate so far, e.g. {@code 1:05}; the index building after it is not foreseen. */
    private String timeLeft() {
        double share = share();
        if (share <= 0) {
            return "?:??";
        }
        long seconds = Math.round(progress.seconds() * (1 - share) / share);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
