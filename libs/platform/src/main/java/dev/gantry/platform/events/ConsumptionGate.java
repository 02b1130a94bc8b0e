package dev.gantry.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets one thread have the service's event handling to itself, as a rebuild of the read models from the topics needs:
 * while it is {@link #closeFor closed}, the live consumers' records wait at the gate (their consumers keep polling, so
 * no rebalance happens; SmallRye pauses the partitions once its buffer is full) and proceed, in order, once it opens.
 * {@link EventInbox} passes every record through it. Fair, so a rebuild waiting for the records in flight is not
 * overtaken by later ones.
 */
@ApplicationScoped
public class ConsumptionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /**
     * Runs one record's handling (or other work that must not see a rebuild half done), after any rebuild under way
     * has finished.
     */
    public <T> T through(Supplier<T> handling) {
        lock.readLock().lock();
        try {
            return handling.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Waits for the records being handled, then runs {@code work} with every other consumer held at the gate; records
     * this thread hands to {@link EventInbox} meanwhile pass.
     */
    public <T> T closeFor(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether the calling thread is rebuilding: reactions that must happen once (announcements) hold back then. */
    public boolean rebuilding() {
        return lock.isWriteLockedByCurrentThread();
    }
}
