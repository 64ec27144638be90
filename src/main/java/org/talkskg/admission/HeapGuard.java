package org.talkskg.admission;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap after every garbage collection: when what is still in use after it passes a
 * share of the largest heap, memory is short, and the callback is told how many bytes are in
 * use. Checking after collections rather than polling sees only what survives, not garbage.
 */
final class HeapGuard implements NotificationListener, AutoCloseable {

    private final long limitBytes;
    private final LongConsumer onShortage;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();

    /**
     * @param heapShare  the share of the largest heap ({@code -Xmx}) in use after a collection that means memory is short
     * @param onShortage called, on a JVM notification thread, with the bytes in use
     */
    HeapGuard(double heapShare, LongConsumer onShortage) {
        this.limitBytes = (long) (Runtime.getRuntime().maxMemory() * heapShare);
        this.onShortage = onShortage;
        collectors.forEach(collector -> collector.addNotificationListener(this, null, null));
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long inUse = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                inUse += pool.getValue().getUsed();
            }
        }
        if (inUse > limitBytes) {
            onShortage.accept(inUse);
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter collector : collectors) {
            try {
                collector.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // Not added, so nothing to remove.
            }
        }
    }
}
