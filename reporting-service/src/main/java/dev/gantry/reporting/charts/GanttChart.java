package dev.gantry.reporting.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A Gantt chart: one row per task in outline order — its WBS code and name indented by level, its bar on a calendar
 * axis (critical tasks red, the done part darker, summaries as brackets, milestones as diamonds), its baseline bar
 * under it when there is one — and today's line. Every row is an SVG group {@code task-<id>} with the classes
 * {@code task}, {@code summary} or {@code milestone}, and {@code critical} on the critical path.
 */
public final class GanttChart implements SvgCanvas.Drawing {

    /** One task as drawn. */
    public record Row(UUID id, String wbs, String name, int level, boolean summary, boolean milestone,
                      boolean critical, LocalDateTime start, LocalDateTime finish, LocalDateTime baselineStart,
                      LocalDateTime baselineFinish, double percentComplete) {
    }

    static final int ROW = 20;
    private static final int LABELS = 330;
    private static final int TOP = 64;
    private static final int AXIS = 26;
    private static final int LEGEND = 34;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final String title;
    private final String subtitle;
    private final List<Row> rows;
    private final LocalDate today;
    private final TimeAxis axis;
    private final int width;
    private final boolean baselines;

    /**
     * @param window the dates to show; null: from the first start to the last finish (baselines included)
     */
    public GanttChart(String title, String subtitle, List<Row> rows, LocalDate today, LocalDateTime[] window,
                      int width) {
        this.title = title;
        this.subtitle = subtitle;
        this.rows = rows;
        this.today = today;
        this.width = width;
        this.baselines = rows.stream().anyMatch(r -> r.baselineStart() != null && r.baselineFinish() != null);
        if (window != null) {
            this.axis = new TimeAxis(window[0], window[1], LABELS + 10, width - 16);
        } else {
            LocalDateTime first = null;
            LocalDateTime last = null;
            for (Row r : rows) {
                for (LocalDateTime t : new LocalDateTime[] {r.start(), r.finish(), r.baselineStart(),
                        r.baselineFinish()}) {
                    if (t != null) {
                        first = first == null || t.isBefore(first) ? t : first;
                        last = last == null || t.isAfter(last) ? t : last;
                    }
                }
            }
            LocalDateTime now = today.atStartOfDay();
            first = first == null ? now : first;
            last = last == null ? now.plusDays(7) : last;
            this.axis = TimeAxis.around(first, last, LABELS + 10, width - 16);
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return TOP + AXIS + Math.max(1, rows.size()) * ROW + LEGEND + 8;
    }

    @Override
    public void draw(Graphics2D g) {
        SvgCanvas.begin(g, null, "gantt");
        Draw.heading(g, title, subtitle, 16, 8);
        double top = TOP;
        double body = top + AXIS;
        double bottom = body + Math.max(1, rows.size()) * ROW;
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                g.setColor(ChartStyle.STRIPE);
                g.fill(new Rectangle2D.Double(8, body + i * ROW, width - 16, ROW));
            }
        }
        SvgCanvas.begin(g, null, "axis time-axis");
        axis.draw(g, top, AXIS, bottom);
        g.setColor(ChartStyle.MUTED);
        g.setFont(ChartStyle.bold(10));
        Draw.left(g, "Task", 16, top + AXIS - 6);
        g.setColor(ChartStyle.BASELINE);
        g.draw(new Line2D.Double(LABELS + 4, top, LABELS + 4, bottom));
        SvgCanvas.end(g);
        if (rows.isEmpty()) {
            g.setColor(ChartStyle.MUTED);
            g.setFont(ChartStyle.font(12));
            Draw.left(g, "No task in this window", 16, body + 14);
        }
        for (int i = 0; i < rows.size(); i++) {
            drawRow(g, rows.get(i), body + i * ROW);
        }
        LocalDateTime now = today.atStartOfDay().plusHours(12);
        if (axis.contains(now)) {
            double x = axis.x(now);
            SvgCanvas.begin(g, null, "today");
            g.setColor(ChartStyle.TODAY);
            g.setStroke(Draw.DASHED);
            g.draw(new Line2D.Double(x, top + 4, x, bottom));
            g.setStroke(Draw.HAIRLINE);
            g.setFont(ChartStyle.bold(10));
            Draw.centre(g, "Today", x, top);
            SvgCanvas.end(g);
        }
        legend(g, bottom + 24);
        SvgCanvas.end(g);
    }

    private void drawRow(Graphics2D g, Row r, double y) {
        String classes = (r.milestone() ? "milestone" : r.summary() ? "summary" : "task")
                + (r.critical() ? " critical" : "");
        SvgCanvas.begin(g, "task-" + r.id(), classes);
        double indent = 16 + Math.min(6, Math.max(0, r.level() - 1)) * 12;
        g.setFont(r.summary() ? ChartStyle.bold(11) : ChartStyle.font(11));
        g.setColor(ChartStyle.TEXT);
        String label = (r.wbs() == null ? "" : r.wbs() + "  ") + r.name();
        Draw.left(g, Draw.fit(g, label, LABELS - indent - 4), indent, y + 14);
        double mid = y + ROW / 2.0;
        if (r.start() != null && r.finish() != null) {
            if (baselines && r.baselineStart() != null && r.baselineFinish() != null) {
                SvgCanvas.begin(g, null, "baseline");
                g.setColor(ChartStyle.BASELINE);
                if (r.milestone()) {
                    double bx = axis.x(r.baselineFinish());
                    if (bx >= axis.x0 && bx <= axis.x1) {
                        g.draw(diamond(bx, mid, 5));
                    }
                } else {
                    double bx0 = clampX(axis.x(r.baselineStart()));
                    double bx1 = clampX(axis.x(r.baselineFinish()));
                    g.fill(new Rectangle2D.Double(bx0, y + ROW - 6, Math.max(2, bx1 - bx0), 3));
                }
                SvgCanvas.end(g);
            }
            double x0 = axis.x(r.start());
            double x1 = axis.x(r.finish());
            if (r.milestone()) {
                drawMilestone(g, r, x0, mid);
            } else if (r.summary()) {
                drawSummary(g, clampX(x0), clampX(x1), mid, r.critical());
            } else {
                drawBar(g, r, clampX(x0), clampX(x1), y);
            }
        }
        SvgCanvas.end(g);
    }

    private void drawBar(Graphics2D g, Row r, double x0, double x1, double y) {
        double w = Math.max(2, x1 - x0);
        double top = y + 4;
        double height = baselines ? 9 : 12;
        SvgCanvas.title(g, r.name() + ": " + SHORT.format(r.start()) + " – " + SHORT.format(r.finish())
                + (r.critical() ? " (critical)" : ""));
        g.setColor(r.critical() ? ChartStyle.CRITICAL : ChartStyle.TASK);
        g.fill(new RoundRectangle2D.Double(x0, top, w, height, 3, 3));
        if (r.percentComplete() > 0) {
            g.setColor(r.critical() ? ChartStyle.CRITICAL_DONE : ChartStyle.TASK_DONE);
            g.fill(new Rectangle2D.Double(x0, top + height / 2 - 1.5, w * Math.min(100, r.percentComplete()) / 100,
                    3));
        }
    }

    private static void drawSummary(Graphics2D g, double x0, double x1, double mid, boolean critical) {
        g.setColor(critical ? ChartStyle.CRITICAL_DONE : ChartStyle.SUMMARY);
        double top = mid - 4;
        g.fill(new Rectangle2D.Double(x0, top, Math.max(2, x1 - x0), 4));
        Path2D left = new Path2D.Double();
        left.moveTo(x0, top);
        left.lineTo(x0 + 5, top);
        left.lineTo(x0, top + 9);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(x1, top);
        right.lineTo(x1 - 5, top);
        right.lineTo(x1, top + 9);
        right.closePath();
        g.fill(left);
        g.fill(right);
    }

    private void drawMilestone(Graphics2D g, Row r, double x, double mid) {
        if (x < axis.x0 - 1 || x > axis.x1 + 1) {
            return;
        }
        SvgCanvas.title(g, r.name() + ": " + SHORT.format(r.finish()));
        g.setColor(r.critical() ? ChartStyle.CRITICAL : ChartStyle.SUMMARY);
        g.fill(diamond(x, mid, 6));
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.font(10));
        String date = SHORT.format(r.finish());
        if (x + 10 + g.getFontMetrics().stringWidth(date) < axis.x1) {
            Draw.left(g, date, x + 10, mid + 4);
        }
    }

    private static Path2D diamond(double x, double mid, double half) {
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(x, mid - half);
        diamond.lineTo(x + half, mid);
        diamond.lineTo(x, mid + half);
        diamond.lineTo(x - half, mid);
        diamond.closePath();
        return diamond;
    }

    private double clampX(double x) {
        return Math.max(axis.x0, Math.min(axis.x1, x));
    }

    private void legend(Graphics2D g, double y) {
        SvgCanvas.begin(g, null, "legend");
        double x = 16;
        x = Draw.key(g, ChartStyle.TASK, "Task", x, y);
        x = Draw.key(g, ChartStyle.CRITICAL, "Critical path", x, y);
        x = Draw.key(g, ChartStyle.SUMMARY, "Summary", x, y);
        x = Draw.key(g, ChartStyle.TASK_DONE, "Done", x, y);
        if (baselines) {
            x = Draw.key(g, ChartStyle.BASELINE, "Baseline", x, y);
        }
        Draw.key(g, ChartStyle.TODAY, "Today", x, y);
        SvgCanvas.end(g);
    }
}
