package dev.gantry.platform.events;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;

/** What an operator does about parked outbox records: list them, and send one again once its cause is fixed. */
@ApplicationScoped
@Transactional
public class OutboxAdministration {

    private final EntityManager em;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    OutboxAdministration(EntityManager em, OutboxRelay relay, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Parked records, oldest first: the order in which they hold back their keys. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OutboxMessage> parked(PageRequest page) {
        List<OutboxMessage> items = em.createQuery("""
                        select m from OutboxMessage m where m.parkedAt is not null and m.publishedAt is null
                        order by m.id""", OutboxMessage.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("""
                select count(m) from OutboxMessage m where m.parkedAt is not null and m.publishedAt is null""",
                Long.class).getSingleResult();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Un-parks the record: the relay sends it again (alone, before the rows held behind it) right after the commit.
     * Refused again, it is parked again with the new reason.
     *
     * @throws NotFoundException if no record with this id is parked
     */
    public void retry(long outboxId) {
        int updated = em.createQuery("""
                        update OutboxMessage m set m.parkedAt = null, m.parkReason = null
                        where m.id = :id and m.parkedAt is not null and m.publishedAt is null""")
                .setParameter("id", outboxId)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("Parked outbox record", outboxId);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
