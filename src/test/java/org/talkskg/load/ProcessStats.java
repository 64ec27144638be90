package org.talkskg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and peak memory of a process, from Linux's /proc (the benchmarks run on Linux only). */
final class ProcessStats {

    /** Clock ticks per second of /proc/PID/stat's times; 100 on Linux x86-64 (getconf CLK_TCK). */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessStats() {}

    /** User plus system CPU time the process has used so far, in milliseconds. */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field, stime the 15th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** The largest resident set the process has had so far (VmHWM), in KiB. */
    static long peakRssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("No VmHWM in /proc/" + pid + "/status");
    }
}
