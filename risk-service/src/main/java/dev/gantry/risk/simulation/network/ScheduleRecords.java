package dev.gantry.risk.simulation.network;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.schedule.ScheduleAssembler;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleLink;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.KeyedRecords;
import dev.gantry.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What risk-service keeps of projects' schedules: every record of the compacted schedules topic as it came, the latest
 * of each key (a tombstone removes one), and each project's latest {@link ScheduleVersion}. A record older than the one
 * kept for its key changes nothing, so a record delivered again is harmless. A simulation rebuilds the project's
 * complete schedule from them with the contracts' {@link ScheduleAssembler}, whose rule says when a version is whole.
 */
@ApplicationScoped
@Transactional
public class ScheduleRecords {

    private final EntityManager em;

    ScheduleRecords(EntityManager em) {
        this.em = em;
    }

    /** Applies one record of the schedules topic. */
    public void apply(ConsumerRecord<String, String> record) {
        ScheduleKeys.Key key = ScheduleKeys.parse(record.key());
        if (key == null) {
            throw new PoisonEventException("Not a key of the schedules topic: " + record.key());
        }
        if (key.kind() == null) {
            if (record.value() != null) {
                ScheduleVersion header = KeyedRecords.read(record, ScheduleVersion.class);
                em.createNativeQuery("""
                                insert into schedule_head (project_id, version, body) values (?1, ?2, ?3)
                                on conflict (project_id) do update set version = excluded.version, body = excluded.body
                                where schedule_head.version <= excluded.version""")
                        .setParameter(1, key.projectId()).setParameter(2, header.version())
                        .setParameter(3, record.value()).executeUpdate();
            }
            return;
        }
        if (record.value() == null) {
            em.createNativeQuery("delete from schedule_record where project_id = ?1 and record_key = ?2")
                    .setParameter(1, key.projectId()).setParameter(2, record.key()).executeUpdate();
            return;
        }
        Class<? extends GantryEvent> type = switch (key.kind()) {
            case ScheduleKeys.TASK -> ScheduleTask.class;
            case ScheduleKeys.LINK -> ScheduleLink.class;
            case ScheduleKeys.CALENDAR -> ScheduleCalendar.class;
            default -> ScheduleDates.class;
        };
        GantryEvent read = KeyedRecords.read(record, type);
        long version = read instanceof ScheduleTask t ? t.version() : read instanceof ScheduleLink l ? l.version()
                : read instanceof ScheduleCalendar c ? c.version() : ((ScheduleDates) read).version();
        em.createNativeQuery("""
                        insert into schedule_record (project_id, record_key, version, ce_type, body)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (project_id, record_key) do update
                            set version = excluded.version, ce_type = excluded.ce_type, body = excluded.body
                        where schedule_record.version <= excluded.version""")
                .setParameter(1, key.projectId()).setParameter(2, record.key()).setParameter(3, version)
                .setParameter(4, GantryEvent.typeOf(type)).setParameter(5, record.value()).executeUpdate();
    }

    /** The version of the project's schedule announced last, if any was received. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> announcedVersion(UUID projectId) {
        List<?> found = em.createNativeQuery("select version from schedule_head where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return found.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    /** The task ids among {@code taskIds} that the project's schedule, as received, has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> knownTasks(UUID projectId, List<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        List<String> keys = taskIds.stream().map(id -> ScheduleKeys.task(projectId, id)).toList();
        return em.createNativeQuery("select record_key from schedule_record where project_id = ?1"
                        + " and record_key in (?2)").setParameter(1, projectId).setParameter(2, keys)
                .getResultList().stream().map(k -> ScheduleKeys.parse((String) k).id()).toList();
    }

    /**
     * The project's last complete schedule as received; empty when none was received, or while the records of a
     * newer version are still arriving (the previous one is then partly overwritten, so is not whole either).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScheduleAssembler.Schedule> complete(UUID projectId) {
        List<?> head = em.createNativeQuery("select body from schedule_head where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        ScheduleAssembler assembler = new ScheduleAssembler();
        try (var rows = em.createNativeQuery("select record_key, ce_type, body from schedule_record"
                + " where project_id = ?1").setParameter(1, projectId).getResultStream()) {
            rows.forEach(row -> {
                Object[] r = (Object[]) row;
                assembler.accept((String) r[0], (String) r[1], (String) r[2]);
            });
        }
        assembler.accept(projectId.toString(), GantryEvent.typeOf(ScheduleVersion.class), (String) head.get(0));
        return assembler.complete(projectId);
    }
}
