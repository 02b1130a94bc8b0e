package dev.gantry.projects.schedule;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a change puts the tasks it creates: after the network it started from, or as the stored rows say. */
class PlanChangeTest {

    /** Stands in for the stored rows' answer, and counts how often it is asked. */
    private static final class Rows implements LongSupplier {
        private final long next;
        private final AtomicInteger asked = new AtomicInteger();

        Rows(long next) {
            this.next = next;
        }

        @Override
        public long getAsLong() {
            asked.incrementAndGet();
            return next;
        }
    }

    @Test
    void tasksCreatedOneAfterTheOtherFollowTheNetworkWithoutAskingTheRows() {
        PlanChange change = new PlanChange(null, null);
        AtomicInteger networkRead = new AtomicInteger();
        change.positionsUpTo(() -> {
            networkRead.incrementAndGet();
            return 7;
        });
        Rows rows = new Rows(99);

        assertThat(change.nextPosition(rows)).isEqualTo(8);
        change.taskChanged(UUID.randomUUID());
        assertThat(change.nextPosition(rows)).isEqualTo(9);
        UUID second = UUID.randomUUID();
        change.taskChanged(second);
        change.taskChanged(second); // a task this change created, touched again: still only created tasks
        assertThat(change.nextPosition(rows)).isEqualTo(10);
        change.taskChanged(UUID.randomUUID());

        assertThat(change.nextPosition(rows)).isEqualTo(11);
        assertThat(rows.asked).hasValue(0);
        assertThat(networkRead).as("the network's last position is read once, when first needed").hasValue(1);
    }

    @Test
    void afterAnotherTaskWasTouchedTheRowsDecide() {
        PlanChange change = new PlanChange(null, null);
        change.positionsUpTo(() -> 7);
        Rows rows = new Rows(42);

        assertThat(change.nextPosition(rows)).isEqualTo(8);
        change.taskChanged(UUID.randomUUID());
        change.taskChanged(UUID.randomUUID()); // an existing task edited or deleted in the same change

        assertThat(change.nextPosition(rows)).isEqualTo(42);
        change.taskChanged(UUID.randomUUID());
        assertThat(change.nextPosition(rows)).isEqualTo(42);
        assertThat(rows.asked).hasValue(2);
    }

    @Test
    void withoutTheNetworkTheRowsDecide() {
        PlanChange change = new PlanChange(null, null);
        Rows rows = new Rows(5);

        assertThat(change.nextPosition(rows)).isEqualTo(5);
        assertThat(rows.asked).hasValue(1);
    }
}
