package org.talkskg.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers of read-only queries kept in memory, least recently used dropped first, within a bound
 * on the bytes of all answers together. The key says everything an answer depends on (see
 * {@link AnswerCaching}), so an entry never goes stale while the graph cannot change.
 */
final class ResultCache {

    /** One answer as sent: its content type, extra headers and body. */
    record Answer(String contentType, Map<String, String> headers, byte[] body) {}

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Answer> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** @param maxBytes the bound on all bodies together; one answer may take at most a sixteenth of it */
    ResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxBytes / 16;
    }

    synchronized Optional<Answer> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps the answer unless it is too large to be worth a share of the bound. */
    synchronized void put(String key, Answer answer) {
        if (answer.body().length > maxEntryBytes || entries.containsKey(key)) {
            return;
        }
        entries.put(key, answer);
        bytes += answer.body().length;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Answer> dropped = eldest.next();
            bytes -= dropped.getValue().body().length;
            eldest.remove();
        }
    }
}
