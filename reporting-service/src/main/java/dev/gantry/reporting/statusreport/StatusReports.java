package dev.gantry.reporting.statusreport;

import dev.gantry.contracts.reporting.StatusReportPublished;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.reporting.live.LiveUpdates;
import dev.gantry.reporting.status.StatusReport;
import dev.gantry.reporting.status.StatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects' PDF status reports: generated on request or weekly, kept with their bytes, listed newest first, and
 * announced with {@link StatusReportPublished} in the transaction that keeps them.
 */
@ApplicationScoped
@Transactional
public class StatusReports {

    /** What a kept report is, without its bytes. */
    @Schema(name = "StatusReportInfo", description = "A kept PDF status report")
    public record Info(UUID id, UUID projectId, @Schema(example = "WEEKLY") String kind,
                       @Schema(description = "The day it describes") LocalDate asOf,
                       @Schema(example = "AMBER") String overall, int pages, long sizeBytes, String requestedBy,
                       Instant generatedAt, @Schema(description = "Where to GET the PDF") String path) {
    }

    private final EntityManager em;
    private final StatusService status;
    private final StatusReportPdf pdf;
    private final EventPublisher events;
    private final Clock clock;
    private final LiveUpdates live;

    StatusReports(EntityManager em, StatusService status, StatusReportPdf pdf, EventPublisher events, Clock clock,
                  LiveUpdates live) {
        this.live = live;
        this.em = em;
        this.status = status;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Generates and keeps the project's report as of today, asked for by {@code who}. */
    public Info generate(UUID projectId, String who) {
        StatusReport report = status.status(projectId, LocalDate.now(clock)).orElseThrow(() ->
                new GantryException(ProblemType.NOT_FOUND, "Project " + projectId + " has not reached"
                        + " reporting-service yet"));
        return keep(report, "ON_REQUEST", null, who).orElseThrow();
    }

    /**
     * Generates the project's weekly report of the week of {@code today}, unless one was made already (by this
     * replica or another); answers it when this call made it.
     */
    public Optional<Info> weekly(UUID projectId, LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Number made = (Number) em.createNativeQuery("select count(*) from status_report where project_id = ?1"
                + " and kind = 'WEEKLY' and week = ?2").setParameter(1, projectId).setParameter(2, week)
                .getSingleResult();
        if (made.longValue() > 0) {
            return Optional.empty();
        }
        return status.status(projectId, today).flatMap(report -> keep(report, "WEEKLY", week, null));
    }

    /** The projects that get a weekly report: every one the portfolio knows that is not closed or cancelled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> activeProjects() {
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("select project_id from portfolio_project"
                + " where status not in ('CLOSED', 'CANCELLED') order by project_id").getResultList()) {
            ids.add((UUID) id);
        }
        return ids;
    }

    private Optional<Info> keep(StatusReport report, String kind, LocalDate week, String who) {
        StatusReportPdf.Rendered rendered = pdf.render(report);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        insert into status_report (id, project_id, kind, week, as_of, overall, pages, size_bytes,
                                                   requested_by, generated_at, pdf)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) on conflict do nothing""")
                .setParameter(1, id).setParameter(2, report.projectId()).setParameter(3, kind)
                .setParameter(4, week).setParameter(5, report.asOf()).setParameter(6, report.overall().rag().name())
                .setParameter(7, rendered.pages()).setParameter(8, (long) rendered.bytes().length)
                .setParameter(9, who).setParameter(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(11, rendered.bytes()).executeUpdate();
        if (inserted == 0) {
            return Optional.empty(); // another replica made this week's first
        }
        Info info = new Info(id, report.projectId(), kind, report.asOf(), report.overall().rag().name(),
                rendered.pages(), rendered.bytes().length, who, now, path(report.projectId(), id));
        live.changed(report.projectId(), "status-report",
                dev.gantry.contracts.GantryEvent.typeOf(StatusReportPublished.class));
        events.publish(new StatusReportPublished(report.projectId(), id, report.name(), kind, report.asOf(),
                info.overall(), info.pages(), info.sizeBytes(), info.path(), who, now));
        return Optional.of(info);
    }

    /** The project's kept reports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Info> list(UUID projectId, PageRequest page) {
        long total = ((Number) em.createNativeQuery("select count(*) from status_report where project_id = ?1")
                .setParameter(1, projectId).getSingleResult()).longValue();
        List<Info> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select id, project_id, kind, as_of, overall, pages, size_bytes, requested_by, generated_at
                        from status_report where project_id = ?1 order by generated_at desc, id""")
                .setParameter(1, projectId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList()) {
            items.add(info((Object[]) row));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Info info(UUID projectId, UUID reportId) {
        List<?> rows = em.createNativeQuery("""
                        select id, project_id, kind, as_of, overall, pages, size_bytes, requested_by, generated_at
                        from status_report where id = ?1 and project_id = ?2""")
                .setParameter(1, reportId).setParameter(2, projectId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Status report", reportId);
        }
        return info((Object[]) rows.get(0));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] bytes(UUID projectId, UUID reportId) {
        List<?> rows = em.createNativeQuery("select pdf from status_report where id = ?1 and project_id = ?2")
                .setParameter(1, reportId).setParameter(2, projectId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Status report", reportId);
        }
        return (byte[]) rows.get(0);
    }

    private static Info info(Object[] c) {
        Object at = c[8];
        Instant generated = at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof Timestamp ts ? ts.toInstant() : (Instant) at;
        Object day = c[3];
        LocalDate asOf = day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day;
        return new Info((UUID) c[0], (UUID) c[1], (String) c[2], asOf, (String) c[4], ((Number) c[5]).intValue(),
                ((Number) c[6]).longValue(), (String) c[7], generated, path((UUID) c[1], (UUID) c[0]));
    }

    static String path(UUID projectId, UUID reportId) {
        return "/api/reports/projects/" + projectId + "/status-reports/" + reportId + "/pdf";
    }
}
