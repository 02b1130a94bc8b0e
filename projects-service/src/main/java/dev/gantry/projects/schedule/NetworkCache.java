package dev.gantry.projects.schedule;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The networks of recently edited projects, kept between edits so that an edit does not reread and reschedule from
 * rows. An entry is used only when its version equals the schedule version read under the project's lock, so a
 * change made by another replica (which advances the version) is never missed: the next edit here reads the network
 * again.
 *
 * <p>Bounded by the number of tasks kept in all (memory follows tasks) and by the number of networks, least recently
 * used out first; the network just kept always stays, however large.
 */
@ApplicationScoped
class NetworkCache {

    private final int maxNetworks;
    private final long maxTasks;
    private final LinkedHashMap<UUID, NetworkState> states = new LinkedHashMap<>(64, 0.75f, true);
    private long tasks;

    NetworkCache(ScheduleConfig config) {
        this.maxNetworks = Math.max(0, config.cachedNetworks());
        this.maxTasks = Math.max(0, config.cachedTasks());
    }

    /** The kept state of the project at exactly this version. */
    synchronized Optional<NetworkState> at(UUID projectId, long version) {
        NetworkState state = states.get(projectId);
        return state != null && state.version() == version ? Optional.of(state) : Optional.empty();
    }

    synchronized void put(UUID projectId, NetworkState state) {
        if (maxNetworks == 0) {
            return;
        }
        NetworkState kept = states.get(projectId);
        if (kept != null && kept.version() >= state.version()) {
            return;
        }
        if (kept != null) {
            tasks -= weight(kept);
        }
        states.put(projectId, state);
        tasks += weight(state);
        // In access order the network just kept is the last entry, so it is never the one removed.
        Iterator<NetworkState> eldest = states.values().iterator();
        while ((states.size() > maxNetworks || tasks > maxTasks) && states.size() > 1) {
            tasks -= weight(eldest.next());
            eldest.remove();
        }
    }

    synchronized void evict(UUID projectId) {
        NetworkState removed = states.remove(projectId);
        if (removed != null) {
            tasks -= weight(removed);
        }
    }

    /** How many networks and tasks are kept now. */
    synchronized long[] size() {
        return new long[]{states.size(), tasks};
    }

    private static long weight(NetworkState state) {
        return Math.max(1, state.tasks().size());
    }
}
