package org.talkskg.admission;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The queries known to be long, remembered by a digest of their text as the parser writes it
 * out (so layout, comments and prefixes do not matter), the most recently seen kept. A query
 * known to be long asks for a long turn before it starts rather than after it has used its
 * share of a cheap one.
 */
final class QueryShapes {

    /** At 16 bytes a digest, a few hundred kilobytes at most. */
    private static final int REMEMBERED = 8192;

    private final Map<UUID, Boolean> longShapes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A name-based UUID (an MD5 digest): a collision would only make one more query ask for a long turn. */
    static UUID shapeOf(String queryText) {
        return UUID.nameUUIDFromBytes(queryText.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a request as it came, before it is parsed: the same request sent again has the same one. */
    static UUID shapeOf(String method, String pathAndQuery, ByteBuffer body) {
        MessageDigest md5 = md5();
        md5.update((method + " " + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
        md5.update(body.duplicate());
        ByteBuffer digest = ByteBuffer.wrap(md5.digest());
        return new UUID(digest.getLong(), digest.getLong());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    synchronized boolean isLong(UUID shape) {
        return longShapes.containsKey(shape);
    }

    synchronized void rememberLong(UUID shape) {
        longShapes.put(shape, Boolean.TRUE);
    }

    /** A query once long that ran short this time (the data changed, or it was a busy moment) is cheap again. */
    synchronized void forget(UUID shape) {
        longShapes.remove(shape);
    }
}
