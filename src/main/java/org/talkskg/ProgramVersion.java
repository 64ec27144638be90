package org.talkskg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version from the pom, which Maven writes into version.properties when it copies the resources. */
public final class ProgramVersion {

    private ProgramVersion() {}

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String value() {
        Properties properties = new Properties();
        try (InputStream in = ProgramVersion.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
