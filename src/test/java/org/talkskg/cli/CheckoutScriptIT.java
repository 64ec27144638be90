package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/talks-kg, run in a checkout, checks the checkout's own files rather than the copy packed
 * into the jar: a violation written into the checkout's data/ is found, although the jar's
 * bundled data has none. Runs after package, on the built jar, in a copy of the checkout.
 */
class CheckoutScriptIT {

    @Test
    void validateInACheckoutChecksTheFilesBeingEdited(@TempDir Path checkout) throws Exception {
        for (String folder : new String[] {"bin", "ontology", "data", "queries"}) {
            PathUtils.copyDirectory(Path.of(folder), checkout.resolve(folder));
        }
        Files.createDirectories(checkout.resolve("src/main"));
        Files.copy(Path.of("pom.xml"), checkout.resolve("pom.xml"));
        Path jar = checkout.resolve("target/talks-kg.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Path.of(System.getProperty("talks-kg.jar")), jar);
        // Newer than the pom and the code, so the script runs the jar as it is instead of rebuilding it.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Files.writeString(checkout.resolve("data/an-edit.ttl"), """
                @prefix tk:   <https://w3id.org/talks-kg/ontology#> .
                @prefix tkd:  <https://w3id.org/talks-kg/id/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                tkd:someone a tk:Person ; rdfs:label "Someone"@en .
                """);

        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("bin/talks-kg").toString(), "validate")
                .redirectErrorStream(true);
        builder.environment().remove(DefaultFolders.HOME);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);

        assertEquals("""
                tkd:someone "Someone"  tk:evidence: has no evidence: every fact must point at the span of the article it comes from (tk:evidence)
                1 violation of the shapes.
                """, output);
        assertEquals(1, process.exitValue());
    }
}
