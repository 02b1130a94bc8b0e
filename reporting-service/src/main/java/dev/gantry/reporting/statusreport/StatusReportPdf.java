package dev.gantry.reporting.statusreport;

import dev.gantry.reporting.charts.ChartService;
import dev.gantry.reporting.charts.ChartStyle;
import dev.gantry.reporting.status.StatusReport;
import dev.gantry.reporting.status.domain.ProjectStatus;
import dev.gantry.reporting.status.domain.StatusInputs;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDF status report of a project: its status and RAG ratings with their reasons, milestones, the earned-value
 * table and S-curve (page 1); the Gantt of the next eight weeks (page 2, landscape); the top risks with the heat map,
 * the latest simulation's curve, over-allocations, overdue risk responses and open action items (page 3). Charts are
 * the SVG charts' drawings, as vector graphics. And the portfolio's one-table PDF for the PMO.
 */
@ApplicationScoped
public class StatusReportPdf {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Rows of the Gantt page: the chart keeps to the outline, milestones and critical path beyond them. */
    static final int GANTT_ROWS = 34;

    private final ChartService charts;

    StatusReportPdf(ChartService charts) {
        this.charts = charts;
    }

    /** The report; answers its bytes and its page count. */
    public Rendered render(StatusReport r) {
        String footer = r.name() + " · status report as of " + DAY.format(r.asOf());
        try (PdfPages pdf = new PdfPages(footer)) {
            pdf.newPage(false);
            heading(pdf, r);
            ratings(pdf, r);
            milestones(pdf, r);
            earnedValue(pdf, r);

            pdf.newPage(true);
            pdf.line("Schedule: the next eight weeks", 14, true, ChartStyle.TEXT);
            LocalDate monday = r.asOf().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    java.time.DayOfWeek.MONDAY));
            if (charts.hasSchedule(r.projectId())) {
                pdf.chart(charts.gantt(r.projectId(), monday, monday.plusWeeks(8).minusDays(1), GANTT_ROWS,
                        r.asOf(), 1100), pdf.width(), pdf.remaining());
            } else {
                pdf.paragraph("No schedule of this project has reached reporting-service yet.", 0, pdf.width(), 10,
                        ChartStyle.MUTED);
            }

            pdf.newPage(false);
            risks(pdf, r);
            charts.simulation(r.projectId(), 900, 460).ifPresent(chart -> {
                pdf.gap(6);
                pdf.chart(chart, pdf.width(), 300);
            });
            overAllocations(pdf, r);
            actionItems(pdf, r);
            PdfPages.Finished done = pdf.finish();
            return new Rendered(done.bytes(), done.pages());
        }
    }

    /** A rendered PDF. */
    public record Rendered(byte[] bytes, int pages) {
    }

    /** The portfolio's status as one table, the worst overall rating first. */
    public byte[] portfolio(LocalDate asOf, List<List<String>> rows) {
        try (PdfPages pdf = new PdfPages("Portfolio status as of " + DAY.format(asOf))) {
            pdf.newPage(true);
            pdf.line("Portfolio status", 20, true, ChartStyle.TEXT);
            pdf.line("As of " + DAY.format(asOf) + " · " + rows.size() + " projects, the worst overall rating first",
                    10, false, ChartStyle.MUTED);
            pdf.gap(8);
            if (rows.isEmpty()) {
                pdf.paragraph("No project has a status snapshot by this day.", 0, pdf.width(), 10, ChartStyle.MUTED);
            } else {
                pdf.table(List.of("Project", "Type", "Status", "Manager", "Budget", "Forecast", "Overall", "Schedule",
                                "Cost", "Risk", "Resources"),
                        List.of(180f, 82f, 66f, 80f, 70f, 62f, 44f, 48f, 38f, 36f, 56f), rows, 8.5f);
            }
            return pdf.finish().bytes();
        }
    }

    private static void heading(PdfPages pdf, StatusReport r) {
        pdf.line(r.name(), 20, true, ChartStyle.TEXT);
        pdf.paragraph("Status report as of " + DAY.format(r.asOf()) + " · " + r.projectStatus() + " · " + r.type()
                        + (r.manager() == null ? "" : " · managed by " + r.manager())
                        + (r.budget() == null ? "" : " · budget " + money(r.budget().amount(), r.budget().currency())),
                0, pdf.width(), 9.5f, ChartStyle.MUTED);
        pdf.gap(6);
        float top = pdf.y();
        String overall = "Overall: " + r.overall().rag();
        pdf.box(0, top, pdf.width(), 26, ChartStyle.rag(r.overall().rag().name()));
        pdf.text(overall, 10, top + 17.5f, 13, true, java.awt.Color.WHITE);
        String schedule = r.plan() == null || r.plan().finish() == null ? "no schedule yet"
                : "finish " + DAY.format(r.plan().finish())
                  + (r.plan().baselineFinish() == null ? "" : " (baseline " + DAY.format(r.plan().baselineFinish())
                  + (r.plan().finishSlipDays() == null ? ")" : ", " + signed(r.plan().finishSlipDays()) + " days)"));
        pdf.text(schedule, pdf.width() - pdf.textWidth(schedule, 10) - 10, top + 17, 10, false,
                java.awt.Color.WHITE);
        pdf.gap(34);
    }

    private static void ratings(PdfPages pdf, StatusReport r) {
        pdf.line("Ratings and their reasons", 13, true, ChartStyle.TEXT);
        String[] names = {"Schedule", "Cost", "Risk", "Resources"};
        ProjectStatus.Rating[] ratings = {r.schedule(), r.cost(), r.risk(), r.resources()};
        for (int i = 0; i < names.length; i++) {
            pdf.need(30);
            float top = pdf.y();
            pdf.box(0, top + 2, 64, 14, ChartStyle.rag(ratings[i].rag().name()));
            pdf.text(ratings[i].rag().name(), 4, top + 12.5f, 8.5f, true, java.awt.Color.WHITE);
            pdf.text(names[i], 72, top + 12.5f, 10.5f, true, ChartStyle.TEXT);
            pdf.gap(17);
            if (ratings[i].reasons().isEmpty()) {
                pdf.paragraph("Nothing to report.", 72, pdf.width() - 72, 9, ChartStyle.MUTED);
            }
            for (ProjectStatus.Reason reason : ratings[i].reasons().stream().limit(4).toList()) {
                pdf.paragraph("• " + reason.message(), 72, pdf.width() - 72, 9, ChartStyle.TEXT);
            }
            pdf.gap(3);
        }
        pdf.gap(4);
    }

    private static void milestones(PdfPages pdf, StatusReport r) {
        pdf.line("Milestones", 13, true, ChartStyle.TEXT);
        List<List<String>> rows = new ArrayList<>();
        List<StatusInputs.TaskSlip> all = new ArrayList<>();
        if (r.milestones() != null) {
            all.addAll(r.milestones().late());
            r.milestones().next().stream().filter(m -> !all.contains(m)).forEach(all::add);
        }
        for (StatusInputs.TaskSlip m : all) {
            rows.add(List.of(m.name(), date(m.finish()), date(m.baselineFinish()),
                    m.slipDays() == null ? "" : signed(m.slipDays()), m.critical() ? "yes" : ""));
        }
        if (rows.isEmpty()) {
            pdf.paragraph("No milestone ahead.", 0, pdf.width(), 9, ChartStyle.MUTED);
        } else {
            pdf.table(List.of("Milestone", "Forecast", "Baseline", "Slip (days)", "Critical"),
                    List.of(215f, 80f, 80f, 70f, 50f), rows, 9);
        }
        pdf.gap(10);
    }

    private void earnedValue(PdfPages pdf, StatusReport r) {
        pdf.line("Earned value", 13, true, ChartStyle.TEXT);
        StatusInputs.EarnedValueSummary ev = r.earnedValue();
        if (ev == null) {
            pdf.paragraph("No baseline yet: earned value is measured against one.", 0, pdf.width(), 9,
                    ChartStyle.MUTED);
            return;
        }
        pdf.table(List.of("Status date", "BAC", "EV", "SPI", "CPI", "EAC (CPI)"),
                List.of(85f, 90f, 90f, 60f, 60f, 110f),
                List.of(List.of(DAY.format(ev.statusDate()), money(ev.budgetAtCompletion(), ev.currency()),
                        money(ev.earnedValue(), ev.currency()), index(ev.schedulePerformanceIndex()),
                        index(ev.costPerformanceIndex()), money(ev.estimateAtCompletion(), ev.currency()))), 9);
        pdf.gap(6);
        charts.sCurve(r.projectId(), 900, 470).ifPresent(chart -> pdf.chart(chart, pdf.width(), pdf.remaining()));
    }

    private void risks(PdfPages pdf, StatusReport r) {
        pdf.line("Risks", 14, true, ChartStyle.TEXT);
        pdf.line(r.openRisks() + " open · the highest scores first", 9.5f, false, ChartStyle.MUTED);
        List<List<String>> rows = new ArrayList<>();
        for (StatusInputs.RiskSummary risk : r.topRisks()) {
            rows.add(List.of(risk.riskKey() + " " + risk.title(), risk.level() == null ? "" : risk.level(),
                    risk.score() == null ? "" : risk.score().toString(), risk.owner() == null ? "" : risk.owner(),
                    risk.scheduleImpactDays() == null ? "" : risk.scheduleImpactDays() + " d"));
        }
        if (rows.isEmpty()) {
            pdf.paragraph("No open risk.", 0, pdf.width(), 9, ChartStyle.MUTED);
        } else {
            pdf.table(List.of("Risk", "Level", "Score", "Owner", "Schedule"), List.of(260f, 65f, 45f, 90f, 55f),
                    rows, 9);
        }
        pdf.gap(6);
        pdf.chart(charts.heatMap(r.projectId(), r.asOf()), 260, 280);
        if (!r.overdueRiskResponses().isEmpty()) {
            pdf.line("Overdue risk responses", 11, true, ChartStyle.TEXT);
            List<List<String>> overdue = new ArrayList<>();
            for (StatusInputs.OverdueAction a : r.overdueRiskResponses()) {
                overdue.add(List.of(a.action(), a.owner() == null ? "" : a.owner(), DAY.format(a.dueOn())));
            }
            pdf.table(List.of("Action", "Owner", "Due"), List.of(320f, 110f, 85f), overdue, 9);
        }
    }

    private static void overAllocations(PdfPages pdf, StatusReport r) {
        if (r.overAllocations().isEmpty()) {
            return;
        }
        pdf.gap(6);
        pdf.line("Over-allocated people", 11, true, ChartStyle.TEXT);
        List<List<String>> rows = new ArrayList<>();
        for (StatusInputs.Episode e : r.overAllocations()) {
            rows.add(List.of(e.personName() == null ? "" : e.personName(), DAY.format(e.firstDay()),
                    DAY.format(e.lastDay())));
        }
        pdf.table(List.of("Person", "From", "To"), List.of(285f, 115f, 115f), rows, 9);
    }

    private static void actionItems(PdfPages pdf, StatusReport r) {
        pdf.gap(6);
        StatusReport.ActionItems items = r.actionItems();
        pdf.line("Open action items", 11, true, ChartStyle.TEXT);
        if (items == null || items.items().isEmpty()) {
            pdf.paragraph("None open.", 0, pdf.width(), 9, ChartStyle.MUTED);
            return;
        }
        pdf.line(items.open() + " open, " + items.overdue() + " overdue · the earliest due first", 9, false,
                ChartStyle.MUTED);
        List<List<String>> rows = new ArrayList<>();
        for (StatusReport.Item i : items.items()) {
            rows.add(List.of(i.description(), i.owner() == null ? "" : i.owner(),
                    i.dueDate() == null ? "" : DAY.format(i.dueDate()), i.overdue() ? "overdue" : ""));
        }
        pdf.table(List.of("Action", "Owner", "Due", ""), List.of(280f, 110f, 75f, 50f), rows, 9);
    }

    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        return NumberFormat.getIntegerInstance(Locale.UK).format(amount.setScale(0, RoundingMode.HALF_UP))
                + (currency == null ? "" : " " + currency);
    }

    private static String index(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(LocalDateTime t) {
        return t == null ? "" : DAY.format(t);
    }

    private static String signed(int days) {
        return days > 0 ? "+" + days : String.valueOf(days);
    }
}
