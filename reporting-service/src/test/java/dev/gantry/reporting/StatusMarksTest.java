package dev.gantry.reporting;

import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.testing.GantryTestResources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marking a project for the next status snapshot never waits: not for another consumer marking the same project, not
 * for the snapshot job. A mark whose transaction is still open when the job runs is kept for the next run.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class StatusMarksTest {

    @Inject
    StatusHistory history;

    @Inject
    EntityManager em;

    @Test
    void markingNeverWaitsAndAMarkNotYetCommittedSurvivesTheSnapshotJob() throws Exception {
        UUID project = UUID.randomUUID();
        CountDownLatch marked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A consumer's transaction that has marked the project and not committed yet.
            Future<?> open = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                history.markChanged(project);
                marked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(marked.await(10, TimeUnit.SECONDS)).isTrue();

            // Another consumer marks the same project, and the job runs: neither waits for the open transaction.
            Future<?> second = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> history.markChanged(project)));
            second.get(5, TimeUnit.SECONDS);
            assertThat(marks(project)).isEqualTo(1);
            Future<Integer> job = pool.submit(history::takeDue);
            job.get(10, TimeUnit.SECONDS);
            assertThat(marks(project)).as("the committed mark, taken by the job").isZero();

            release.countDown();
            open.get(10, TimeUnit.SECONDS);
            assertThat(marks(project)).as("the mark committed after the job read the marks").isEqualTo(1);
            history.takeDue();
            assertThat(marks(project)).isZero();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aTransactionMarksEachProjectOnce() {
        UUID project = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 64; i++) {
                history.markChanged(project);
            }
            history.markChanged(other);
        });
        assertThat(marks(project)).isEqualTo(1);
        assertThat(marks(other)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> history.markChanged(project));
        assertThat(marks(project)).as("a later transaction marks it again").isEqualTo(2);
    }

    private long marks(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from report_mark where project_id = ?1").setParameter(1, project).getSingleResult())
                .longValue());
    }
}
