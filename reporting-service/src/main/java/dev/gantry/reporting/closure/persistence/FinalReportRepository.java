package dev.gantry.reporting.closure.persistence;

import dev.gantry.reporting.closure.domain.FinalReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FinalReportRepository implements PanacheRepositoryBase<FinalReport, UUID> {

    /** What the audit trail holds about a project: event counts per type and the first and last event times. */
    public record AuditFigures(long entries, Map<String, Long> byType, Instant first, Instant last) {
    }

    /** The project's most recent final report. */
    public Optional<FinalReport> latest(UUID projectId) {
        return find("projectId = ?1 order by generatedAt desc", projectId).firstResultOptional();
    }

    public boolean existsForClosure(UUID closureId) {
        return count("closureId", closureId) > 0;
    }

    public AuditFigures auditFigures(UUID projectId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select a.type, count(a), min(a.occurredAt), max(a.occurredAt) from AuditEntry a
                        where a.projectId = :project group by a.type order by a.type""", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
        Map<String, Long> byType = new LinkedHashMap<>();
        long total = 0;
        Instant first = null;
        Instant last = null;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byType.put((String) row[0], count);
            total += count;
            Instant min = (Instant) row[2];
            Instant max = (Instant) row[3];
            first = first == null || min.isBefore(first) ? min : first;
            last = last == null || max.isAfter(last) ? max : last;
        }
        return new AuditFigures(total, byType, first, last);
    }
}
