package dev.gantry.reporting.riskmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The risk heat map of one project or of every project a user sees: open risks (not CLOSED) by probability and impact
 * level, by level, and their trend — the open risks by level at the end of each of the last weeks, from each risk's
 * history of register events.
 */
@ApplicationScoped
public class RiskMapService {

    /** The risk levels, lowest first; NONE for a risk not scored. */
    static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL", "NONE");

    @Schema(name = "RiskHeatMap", description = "Open risks by probability × impact (scored ones), by level, and the"
            + " trend of open risks by level at the end of each of the last weeks")
    public record HeatMap(List<Cell> cells, Map<String, Long> byLevel, long open, long unscored, List<Point> trend) {
    }

    @Schema(name = "RiskHeatMapCell", description = "The open risks with this probability and impact level (1-based)")
    public record Cell(int probability, int impact, long count, String level,
                       @Schema(description = "At most ten of them, the highest score first") List<UUID> riskIds) {
    }

    @Schema(name = "RiskTrendPoint", description = "The open risks by level at the end of the day")
    public record Point(LocalDate day, Map<String, Long> byLevel, long open) {
    }

    private final EntityManager em;

    RiskMapService(EntityManager em) {
        this.em = em;
    }

    /**
     * The heat map of the projects the scope selects: one project ({@code projectId}), else those {@code visibleTo}
     * is a member of, else (both null) every project; with the trend's {@code weeks} points ending {@code today}.
     */
    @Transactional
    public HeatMap heatMap(UUID projectId, String visibleTo, LocalDate today, int weeks) {
        String scope;
        Object scopeValue;
        if (projectId != null) {
            scope = "project_id = ?";
            scopeValue = projectId;
        } else if (visibleTo != null) {
            scope = "project_id in (select project_id from project_membership where user_id = ?)";
            scopeValue = visibleTo;
        } else {
            scope = "?::text is null";
            scopeValue = null;
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Cell> cells = cells(c, scope, scopeValue);
            Map<String, Long> byLevel = emptyLevels();
            long open = 0;
            try (PreparedStatement s = c.prepareStatement("select coalesce(level, 'NONE'), count(*) from st_risk"
                    + " where status <> 'CLOSED' and " + scope + " group by 1")) {
                s.setObject(1, scopeValue);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byLevel.merge(r.getString(1), r.getLong(2), Long::sum);
                        open += r.getLong(2);
                    }
                }
            }
            return new HeatMap(cells, byLevel, open, byLevel.getOrDefault("NONE", 0L),
                    trend(c, scope, scopeValue, today, weeks));
        });
    }

    private static List<Cell> cells(Connection c, String scope, Object scopeValue) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select probability, impact, count(*), max(level),
                       (array_agg(risk_id order by score desc nulls last, risk_id))[1:10]
                from st_risk where status <> 'CLOSED' and probability is not null and impact is not null and\s"""
                + scope + " group by probability, impact order by probability desc, impact")) {
            s.setObject(1, scopeValue);
            List<Cell> cells = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID[] ids = (UUID[]) r.getArray(5).getArray();
                    cells.add(new Cell(r.getInt(1), r.getInt(2), r.getLong(3), r.getString(4), List.of(ids)));
                }
            }
            return cells;
        }
    }

    private static List<Point> trend(Connection c, String scope, Object scopeValue, LocalDate today, int weeks)
            throws SQLException {
        Map<LocalDate, Map<String, Long>> points = new LinkedHashMap<>();
        for (int i = weeks - 1; i >= 0; i--) {
            points.put(today.minusWeeks(i), emptyLevels());
        }
        try (PreparedStatement s = c.prepareStatement("""
                with days as (
                    select generate_series(?::date - (? * 7), ?::date, interval '7 day')::date as day),
                scoped as (select * from st_risk_event where\s""" + scope + """
                ),
                latest as (
                    select d.day, e.status, e.level,
                           row_number() over (partition by d.day, e.risk_id order by e.at desc, e.seq desc) as n
                    from days d join scoped e on e.at < (d.day + 1)::timestamp at time zone 'UTC')
                select day, coalesce(level, 'NONE'), count(*) from latest
                where n = 1 and status <> 'CLOSED' group by 1, 2""")) {
            s.setObject(1, today);
            s.setInt(2, weeks - 1);
            s.setObject(3, today);
            s.setObject(4, scopeValue);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Long> point = points.get(r.getObject(1, LocalDate.class));
                    if (point != null) {
                        point.merge(r.getString(2), r.getLong(3), Long::sum);
                    }
                }
            }
        }
        List<Point> trend = new ArrayList<>();
        points.forEach((day, byLevel) -> trend.add(new Point(day, byLevel,
                byLevel.values().stream().mapToLong(Long::longValue).sum())));
        return trend;
    }

    private static Map<String, Long> emptyLevels() {
        Map<String, Long> levels = new LinkedHashMap<>();
        LEVELS.forEach(level -> levels.put(level, 0L));
        return levels;
    }
}
