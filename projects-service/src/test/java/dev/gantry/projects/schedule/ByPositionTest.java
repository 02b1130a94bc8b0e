package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values held by position in an outline read as a map by task id, and are never changed. */
class ByPositionTest {

    private final UUID project = UUID.randomUUID();

    @Test
    void readsAsAMapInOutlineOrder() {
        List<Task> tasks = List.of(task(3), task(1), task(2));
        Outline outline = Outline.of(tasks);
        ByPosition<String> names = ByPosition.wrap(outline, new String[]{"c", "a", "b"});

        Map<UUID, String> expected = new LinkedHashMap<>();
        expected.put(tasks.get(0).id, "c");
        expected.put(tasks.get(1).id, "a");
        expected.put(tasks.get(2).id, "b");
        assertThat(names).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(names.keySet()).containsExactly(tasks.get(0).id, tasks.get(1).id, tasks.get(2).id);
        assertThat(names.values()).containsExactly("c", "a", "b");
        assertThat(names.get(tasks.get(1).id)).isEqualTo("a");
        assertThat(names.at(2)).isEqualTo("b");
        assertThat(names.get(UUID.randomUUID())).isNull();
        assertThat(names.containsKey(UUID.randomUUID())).isFalse();
        assertThat(names.get("not a task id")).isNull();
        assertThat(outline.positionOf(tasks.get(2).id)).isEqualTo(2);
        assertThat(outline.positionOf(UUID.randomUUID())).isEqualTo(-1);
        assertThat(outline.ids()).containsExactly(tasks.get(0).id, tasks.get(1).id, tasks.get(2).id);
    }

    @Test
    void withReplacesOnACopyAndNeverChangesTheOriginal() {
        List<Task> tasks = List.of(task(1), task(2));
        ByPosition<String> before = ByPosition.wrap(Outline.of(tasks), new String[]{"a", "b"});

        ByPosition<String> after = before.with(Map.of(tasks.get(1).id, "B"));

        assertThat(after.values()).containsExactly("a", "B");
        assertThat(before.values()).containsExactly("a", "b");
        assertThat(after.outline()).isSameAs(before.outline());
        assertThat(before.with(Map.of())).isSameAs(before);
        assertThatThrownBy(() -> before.with(Map.of(UUID.randomUUID(), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in this outline");
        assertThatThrownBy(() -> before.put(tasks.get(0).id, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.remove(tasks.get(0).id)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyPositionHasAValueAndEveryTaskOnePosition() {
        Task a = task(1);
        Outline outline = Outline.of(List.of(a, task(2)));

        assertThatThrownBy(() -> ByPosition.wrap(outline, new String[]{"a", null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No value");
        assertThatThrownBy(() -> ByPosition.wrap(outline, new String[]{"a"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByPosition.wrap(outline, new String[]{"a", "b", null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values for an outline of 2");
        assertThatThrownBy(() -> Outline.of(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    private Task task(int position) {
        Task t = Task.create(project, position, "Task " + position, Instant.EPOCH);
        t.id = UUID.randomUUID();
        return t;
    }
}
