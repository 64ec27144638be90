package org.talkskg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/talks-kg.jar serve ...} as a real child process, for the tests that need
 * one: to kill it, or to load it from outside. For integration tests, which run once the jar is
 * built; the jar's path comes from the system property {@value #JAR_PROPERTY}. The benchmarks
 * start the stock Fuseki server the same way ({@link #start}).
 */
public final class ServerProcess implements AutoCloseable {

    public static final String JAR_PROPERTY = "talks-kg.jar";
    private static final String SERVING = "Serving ";
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ServerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code serve} with these options (and {@code --port 0}) and waits until it listens. */
    public static ServerProcess serve(List<String> jvmOptions, List<String> serveOptions) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/talks-kg.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": run the integration tests with mvn verify");
        }
        List<String> command = new ArrayList<>(java(jvmOptions));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0"));
        command.addAll(serveOptions);
        ServerProcess server = start(command, Path.of("."));
        server.awaitLine(SERVING);
        return server;
    }

    /** Starts any server command in a working folder, without waiting for it to listen. */
    public static ServerProcess start(List<String> command, Path workingFolder) throws IOException {
        return new ServerProcess(new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true).start());
    }

    /** The java command of this JVM, with these options. */
    public static List<String> java(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        return command;
    }

    public long pid() {
        return process.pid();
    }

    /** The URL talks-kg printed, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUrl() throws InterruptedException {
        String line = awaitLine(SERVING);
        return URI.create(line.substring(SERVING.length(), line.indexOf(' ', SERVING.length())));
    }

    /** The first line of output that starts so, waiting for it if need be. */
    public String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server printed no line starting with '" + prefix + "':\n" + String.join("\n", output));
    }

    /** Every line the server has printed so far. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** SIGKILL on Linux: the process gets no chance to close or flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as Ctrl-C: the server stops cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            // The process is gone; awaitLine notices.
        }
    }
}
