package dev.gantry.reporting.charts;

import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.reporting.earnedvalue.EarnedValueService;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import dev.gantry.reporting.riskmap.RiskMapService;
import dev.gantry.reporting.utilisation.UtilisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The charts of a project and of the organisation, from reporting-service's read models. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChartService {

    /** Rows a Gantt shows before it keeps to the summaries, milestones and the critical path. */
    public static final int DEFAULT_MAX_ROWS = 300;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final EntityManager em;
    private final EarnedValueService earnedValue;
    private final RiskMapService riskMaps;
    private final UtilisationService utilisation;
    private final SimulationResults simulations;

    ChartService(EntityManager em, EarnedValueService earnedValue, RiskMapService riskMaps,
                 UtilisationService utilisation, SimulationResults simulations) {
        this.em = em;
        this.earnedValue = earnedValue;
        this.riskMaps = riskMaps;
        this.utilisation = utilisation;
        this.simulations = simulations;
    }

    /** Whether a schedule of the project has reached reporting-service. */
    public boolean hasSchedule(UUID projectId) {
        return !em.createNativeQuery("select 1 from st_schedule where project_id = ?1").setParameter(1, projectId)
                .getResultList().isEmpty();
    }

    /** The project's name as the portfolio knows it. */
    public String projectName(UUID projectId) {
        List<?> rows = em.createNativeQuery("select name from portfolio_project where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return rows.isEmpty() ? "Project " + projectId : (String) rows.get(0);
    }

    /**
     * The Gantt of the project's current schedule with its current baseline, over the window (null: the whole plan;
     * else only the tasks in it). A plan of more than {@code maxRows} tasks shows its top two outline levels, its
     * milestones and its critical tasks (and at most {@code maxRows} of those), as the subtitle says.
     */
    public GanttChart gantt(UUID projectId, LocalDate from, LocalDate to, int maxRows, LocalDate today, int width) {
        List<?> header = em.createNativeQuery("select version, start_at, finish_at from st_schedule where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        if (header.isEmpty()) {
            throw new GantryException(ProblemType.NOT_FOUND, "No schedule of project " + projectId
                    + " has reached reporting-service yet");
        }
        Map<UUID, LocalDateTime[]> baseline = new HashMap<>();
        String baselineName = null;
        List<?> current = em.createNativeQuery("""
                        select baseline_id, name from ev_baseline where project_id = ?1 and pages_received >= page_count
                        order by saved_at desc, baseline_id limit 1""").setParameter(1, projectId).getResultList();
        if (!current.isEmpty()) {
            Object[] b = (Object[]) current.get(0);
            baselineName = (String) b[1];
            for (Object row : em.createNativeQuery("select task_id, start_at, finish_at from ev_baseline_task"
                    + " where baseline_id = ?1").setParameter(1, b[0]).getResultList()) {
                Object[] c = (Object[]) row;
                baseline.put((UUID) c[0], new LocalDateTime[] {time(c[1]), time(c[2])});
            }
        }
        List<GanttChart.Row> all = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select t.task_id, d.wbs, t.name, d.summary, t.milestone, d.critical, d.start_at, d.finish_at,
                               t.percent_complete
                        from st_task t join st_task_dates d on d.project_id = t.project_id and d.task_id = t.task_id
                        where t.project_id = ?1""").setParameter(1, projectId).getResultList()) {
            Object[] c = (Object[]) row;
            UUID id = (UUID) c[0];
            String wbs = (String) c[1];
            LocalDateTime[] b = baseline.get(id);
            all.add(new GanttChart.Row(id, wbs, (String) c[2], wbs == null ? 1 : wbs.split("\\.").length,
                    (Boolean) c[3], (Boolean) c[4], (Boolean) c[5], time(c[6]), time(c[7]),
                    b == null ? null : b[0], b == null ? null : b[1],
                    c[8] == null ? 0 : ((BigDecimal) c[8]).doubleValue()));
        }
        all.sort(Comparator.comparing(GanttChart.Row::wbs, ChartService::compareWbs)
                .thenComparing(GanttChart.Row::start, Comparator.nullsLast(Comparator.naturalOrder())));
        LocalDateTime[] window = null;
        List<GanttChart.Row> shown = all;
        if (from != null || to != null) {
            LocalDate first = from != null ? from : to.minusWeeks(8);
            LocalDate last = to != null ? to : first.plusWeeks(8);
            window = new LocalDateTime[] {first.atStartOfDay(), last.plusDays(1).atStartOfDay()};
            LocalDateTime[] w = window;
            shown = all.stream().filter(r -> r.start() != null && r.finish() != null
                    && r.start().isBefore(w[1]) && !r.finish().isBefore(w[0])).toList();
        }
        int critical = (int) all.stream().filter(r -> r.critical() && !r.summary()).count();
        String selection = "";
        if (shown.size() > maxRows) {
            List<GanttChart.Row> kept = shown.stream().filter(r -> (r.summary() && r.level() <= 2) || r.milestone()
                    || r.critical()).limit(maxRows).toList();
            selection = " · showing " + kept.size() + " of " + shown.size()
                    + " tasks: the top two levels, milestones and the critical path";
            shown = kept;
        }
        Object[] h = (Object[]) header.get(0);
        String subtitle = "Schedule version " + ((Number) h[0]).longValue()
                + (h[1] == null ? "" : " · " + DAY.format(time(h[1])) + " – " + DAY.format(time(h[2])))
                + " · " + all.size() + " tasks, " + critical + " critical"
                + (baselineName == null ? " · no baseline" : " · baseline \"" + baselineName + "\"") + selection;
        return new GanttChart(projectName(projectId) + " — schedule", subtitle, shown, today, window, width);
    }

    /** WBS codes in outline order: numerically part by part, codes without a number last. */
    static int compareWbs(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } catch (NumberFormatException notNumeric) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The S-curve of the project's earned value; empty while it has no baseline. */
    public Optional<SCurveChart> sCurve(UUID projectId, int width, int height) {
        return earnedValue.report(projectId, null).map(report -> {
            EarnedValue.Figures f = report.figures();
            List<SCurveChart.Week> weeks = f.weeks().stream().map(w -> new SCurveChart.Week(w.weekStart(),
                    w.plannedValue(), w.earnedValue(), w.actualCost(), w.forecastCost())).toList();
            String subtitle = "Against baseline \"" + report.baseline().name() + "\" · status date "
                    + DAY.format(f.statusDate()) + " · BAC " + money(f.budgetAtCompletion(), f.currency())
                    + " · SPI " + index(f.schedulePerformanceIndex()) + " · CPI " + index(f.costPerformanceIndex());
            return new SCurveChart(projectName(projectId) + " — earned value", subtitle, weeks, f.statusDate(),
                    f.currency(), width, height);
        });
    }

    /** The heat map of the project's open risks. */
    @Transactional
    public HeatMapChart heatMap(UUID projectId, LocalDate today) {
        RiskMapService.HeatMap map = riskMaps.heatMap(projectId, null, today, 1);
        List<HeatMapChart.Cell> cells = map.cells().stream().map(c -> new HeatMapChart.Cell(c.probability(),
                c.impact(), c.count(), c.level())).toList();
        return new HeatMapChart(projectName(projectId) + " — risks", map.open() + " open risks"
                + (map.unscored() > 0 ? ", " + map.unscored() + " not scored yet (not shown)" : "")
                + " · inherent scores", cells, map.byLevel());
    }

    /** Utilisation per person and week, from the week of {@code firstMonday} for {@code weeks} weeks. */
    @Transactional
    public UtilisationChart utilisation(LocalDate firstMonday, int weeks, String team, int width) {
        LocalDate lastSunday = firstMonday.plusWeeks(weeks).minusDays(1);
        List<UtilisationService.Row> rows = utilisation.utilisation(firstMonday, lastSunday,
                UtilisationService.By.PERSON, team);
        List<LocalDate> columns = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            columns.add(firstMonday.plusWeeks(w));
        }
        Map<String, UtilisationChart.Person> people = new LinkedHashMap<>();
        Map<String, Map<LocalDate, BigDecimal>> byPerson = new HashMap<>();
        for (UtilisationService.Row r : rows) {
            people.putIfAbsent(r.key(), new UtilisationChart.Person(r.name(), r.team(), new ArrayList<>()));
            byPerson.computeIfAbsent(r.key(), k -> new HashMap<>()).put(r.weekStart(), r.utilisationPercent());
        }
        List<UtilisationChart.Person> list = new ArrayList<>();
        people.forEach((key, p) -> {
            List<BigDecimal> percent = new ArrayList<>();
            columns.forEach(week -> percent.add(byPerson.get(key).get(week)));
            list.add(new UtilisationChart.Person(p.name(), p.team(), percent));
        });
        long over = list.stream().filter(p -> p.percent().stream().anyMatch(v -> v != null
                && v.compareTo(BigDecimal.valueOf(100)) > 0)).count();
        return new UtilisationChart("Utilisation" + (team == null ? "" : " — " + team),
                list.size() + " people · " + weeks + " weeks from " + DAY.format(firstMonday) + " · " + over
                        + " over-booked in some week · allocations across every project", columns, list, width);
    }

    /** The histogram and cumulative curve of the project's latest completed simulation, if any. */
    public Optional<SimulationChart> simulation(UUID projectId, int width, int height) {
        return simulations.latest(projectId).map(s -> simulationChart(projectName(projectId), s, width, height));
    }

    static SimulationChart simulationChart(String projectName, SimulationCompleted s, int width, int height) {
        List<SimulationChart.Bin> bins = s.histogram() == null ? List.of() : s.histogram().stream()
                .map(b -> new SimulationChart.Bin(b.from(), b.to(), b.count(), b.cumulative())).toList();
        List<SimulationChart.Mark> marks = new ArrayList<>();
        marks.add(new SimulationChart.Mark("Planned", s.plannedFinish(), ChartStyle.TASK));
        if (s.baselineFinish() != null) {
            marks.add(new SimulationChart.Mark("Baseline", s.baselineFinish(), ChartStyle.MUTED));
        }
        marks.add(new SimulationChart.Mark("P50", s.p50(), ChartStyle.SUMMARY));
        marks.add(new SimulationChart.Mark("P80", s.p80(), ChartStyle.CRITICAL));
        String subtitle = String.format(Locale.UK, "%,d iterations of schedule version %d · P50 %s · P80 %s · %.0f %%"
                        + " chance of the planned finish%s", s.iterations(), s.scheduleVersion(), DAY.format(s.p50()),
                DAY.format(s.p80()), s.probabilityOfPlannedFinish() * 100,
                s.probabilityOfBaselineFinish() == null ? ""
                        : String.format(Locale.UK, ", %.0f %% of the baseline's", s.probabilityOfBaselineFinish() * 100));
        return new SimulationChart(projectName + " — when will it finish?", subtitle, bins, marks, width, height);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "–" : Draw.amount(amount.doubleValue()) + (currency == null ? "" : " " + currency);
    }

    private static String index(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static LocalDateTime time(Object value) {
        return value == null ? null : value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }
}
