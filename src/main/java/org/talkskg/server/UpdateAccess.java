package org.talkskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may change the graph. Users log in with HTTP Basic against a password file in Jetty's
 * format: one {@code user: password} line per user ({@code #} starts a comment; the password
 * may also be given as {@code OBF:}, {@code MD5:} or {@code CRYPT:} followed by its encoded form).
 *
 * @param passwordFile the file passwords are checked against
 * @param users        the users allowed to update, all of them in the password file
 */
public record UpdateAccess(Path passwordFile, Set<String> users) {

    public UpdateAccess {
        users = Set.copyOf(users);
    }

    /**
     * Reads the user names of the password file.
     *
     * @param onlyUsers the users allowed to update; empty for every user of the file
     * @throws ServerStartException if the file cannot be read, lists no user, or lacks one of {@code onlyUsers}
     */
    public static UpdateAccess of(Path passwordFile, Collection<String> onlyUsers) {
        Set<String> inFile = usersOf(passwordFile);
        if (inFile.isEmpty()) {
            throw new ServerStartException("The password file " + passwordFile + " lists no user: write one 'user: password' line per user", null);
        }
        List<String> unknown = onlyUsers.stream().filter(user -> !inFile.contains(user)).toList();
        if (!unknown.isEmpty()) {
            throw new ServerStartException("Not in the password file " + passwordFile + ": " + String.join(", ", unknown), null);
        }
        return new UpdateAccess(passwordFile, onlyUsers.isEmpty() ? inFile : Set.copyOf(onlyUsers));
    }

    /** The users, sorted, for messages. */
    public String describeUsers() {
        return String.join(", ", new TreeSet<>(users));
    }

    private static Set<String> usersOf(Path passwordFile) {
        // Read the way Jetty reads it (a properties file, from bytes), so both see the same users.
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(passwordFile)) {
            users.load(in);
        } catch (NoSuchFileException e) {
            throw new ServerStartException("No password file at " + passwordFile, e);
        } catch (IOException e) {
            throw new ServerStartException("Cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return new TreeSet<>(users.stringPropertyNames());
    }
}
