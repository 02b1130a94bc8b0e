package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkCacheTest {

    private static ScheduleConfig config(long tasks, int networks) {
        return new ScheduleConfig() {
            @Override
            public long cachedTasks() {
                return tasks;
            }

            @Override
            public int cachedNetworks() {
                return networks;
            }

            @Override
            public long cachedListTasks() {
                return tasks;
            }
        };
    }

    private static NetworkState network(long version, int taskCount) {
        UUID project = UUID.randomUUID();
        Map<UUID, Task> tasks = new LinkedHashMap<>();
        for (int i = 0; i < taskCount; i++) {
            Task t = Task.create(project, i + 1, "Task " + i, Instant.EPOCH);
            t.id = UUID.randomUUID();
            tasks.put(t.id, t);
        }
        return new NetworkState(version, tasks, Map.of(), List.of(), Map.of(), null, null, null);
    }

    @Test
    void keepsTasksWithinTheBoundLeastRecentlyUsedOutFirst() {
        NetworkCache cache = new NetworkCache(config(250, 100));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        cache.put(a, network(1, 100));
        cache.put(b, network(1, 100));
        assertThat(cache.at(a, 1)).isPresent(); // a is now the most recently used
        cache.put(c, network(1, 100));
        assertThat(cache.at(b, 1)).as("least recently used goes first").isEmpty();
        assertThat(cache.at(a, 1)).isPresent();
        assertThat(cache.at(c, 1)).isPresent();
        assertThat(cache.size()).containsExactly(2, 200);
    }

    @Test
    void aNetworkLargerThanTheBoundStaysAloneAndAnOlderVersionNeverReplacesANewerOne() {
        NetworkCache cache = new NetworkCache(config(250, 100));
        UUID small = UUID.randomUUID();
        UUID large = UUID.randomUUID();
        cache.put(small, network(1, 10));
        cache.put(large, network(3, 1000));
        assertThat(cache.at(large, 3)).isPresent();
        assertThat(cache.at(small, 1)).isEmpty();
        cache.put(large, network(2, 5));
        assertThat(cache.at(large, 3)).isPresent();
        assertThat(cache.at(large, 2)).isEmpty();
        assertThat(cache.size()).containsExactly(1, 1000);
        cache.evict(large);
        assertThat(cache.size()).containsExactly(0, 0);
    }

    @Test
    void countsNetworksToo() {
        NetworkCache cache = new NetworkCache(config(1_000_000, 2));
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID id : ids) {
            cache.put(id, network(1, 1));
        }
        assertThat(cache.at(ids[0], 1)).isEmpty();
        assertThat(cache.size()).containsExactly(2, 2);
    }
}
