package dev.gantry.projects.schedule;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The networks of recently edited projects, kept between edits so that an edit does not reread and reschedule from
 * rows. An entry is used only when its version equals the schedule version read under the project's lock, so a
 * change made by another replica (which advances the version) is never missed: the next edit here reads the network
 * again.
 */
@ApplicationScoped
class NetworkCache {

    private final Map<UUID, NetworkState> states;

    NetworkCache(ScheduleConfig config) {
        int capacity = Math.max(0, config.cachedNetworks());
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, NetworkState> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The kept state of the project at exactly this version. */
    synchronized Optional<NetworkState> at(UUID projectId, long version) {
        NetworkState state = states.get(projectId);
        return state != null && state.version() == version ? Optional.of(state) : Optional.empty();
    }

    synchronized void put(UUID projectId, NetworkState state) {
        NetworkState kept = states.get(projectId);
        if (kept == null || kept.version() < state.version()) {
            states.put(projectId, state);
        }
    }

    synchronized void evict(UUID projectId) {
        states.remove(projectId);
    }
}
