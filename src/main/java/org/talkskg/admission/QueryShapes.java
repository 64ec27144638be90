package org.talkskg.admission;

import java.nio.charset.StandardCharsets;
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
