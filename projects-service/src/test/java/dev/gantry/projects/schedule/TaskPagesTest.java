package dev.gantry.projects.schedule;

import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskPagesTest {

    private static final UUID PROJECT = UUID.randomUUID();

    private static TaskPages pages(long tasks) {
        return new TaskPages(new ScheduleConfig() {
            @Override
            public long cachedTasks() {
                return 0;
            }

            @Override
            public int cachedNetworks() {
                return 0;
            }

            @Override
            public long cachedListTasks() {
                return tasks;
            }
        });
    }

    private static PageResponse<TaskView> page(int tasks) {
        List<TaskView> items = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            items.add(new TaskView(Task.create(PROJECT, i + 1, "Task " + i, Instant.EPOCH), null));
        }
        return new PageResponse<>(items, 0, 100, tasks);
    }

    private static TaskPages.Key key(long version, int page) {
        return new TaskPages.Key(PROJECT, version, null, page, 100, "t.position asc");
    }

    @Test
    void aPageIsKeptForItsVersionOnlyAndTheLeastRecentlyUsedGoFirst() {
        TaskPages pages = pages(250);
        PageResponse<TaskView> first = page(100);
        pages.put(key(7, 0), first);
        assertThat(pages.get(key(7, 0))).isSameAs(first);
        assertThat(pages.get(key(8, 0))).as("another version").isNull();
        assertThat(pages.get(new TaskPages.Key(PROJECT, 7, null, 0, 100, "t.name asc"))).as("another order").isNull();

        pages.put(key(7, 1), page(100));
        assertThat(pages.get(key(7, 0))).isSameAs(first); // now the most recently used
        PageResponse<TaskView> third = page(100);
        pages.put(key(7, 2), third);
        assertThat(pages.get(key(7, 1))).as("least recently used, out first").isNull();
        assertThat(pages.get(key(7, 0))).isSameAs(first);
        assertThat(pages.get(key(7, 2))).isSameAs(third);
    }

    @Test
    void aPageLargerThanTheBoundIsNotKeptAndZeroKeepsNone() {
        TaskPages pages = pages(50);
        PageResponse<TaskView> small = page(10);
        pages.put(key(1, 0), small);
        pages.put(key(1, 1), page(100));
        assertThat(pages.get(key(1, 1))).isNull();
        assertThat(pages.get(key(1, 0))).as("a larger page pushes nothing out").isSameAs(small);

        TaskPages none = pages(0);
        none.put(key(1, 0), page(1));
        assertThat(none.get(key(1, 0))).isNull();
    }
}
