package dev.gantry.reporting.charts;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal calendar axis from one date-time to another, mapped onto pixels, with ticks whose unit suits the span:
 * days up to three weeks, Mondays up to five months, months up to three years, quarters beyond.
 */
final class TimeAxis {

    /** A tick: where, and its label. */
    record Tick(LocalDateTime at, String label, boolean major) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    final LocalDateTime from;
    final LocalDateTime to;
    final double x0;
    final double x1;
    private final double minutes;

    TimeAxis(LocalDateTime from, LocalDateTime to, double x0, double x1) {
        this.from = from;
        this.to = to.isAfter(from) ? to : from.plusDays(1);
        this.x0 = x0;
        this.x1 = x1;
        this.minutes = ChronoUnit.MINUTES.between(this.from, this.to);
    }

    /** The window of dates from its first to its last, with a margin, starting on a Monday. */
    static TimeAxis around(LocalDateTime first, LocalDateTime last, double x0, double x1) {
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long margin = Math.max(2, days / 25);
        LocalDate start = first.toLocalDate().minusDays(margin).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeAxis(start.atStartOfDay(), last.toLocalDate().plusDays(margin + 1).atStartOfDay(), x0, x1);
    }

    double x(LocalDateTime t) {
        return x0 + ChronoUnit.MINUTES.between(from, t) / minutes * (x1 - x0);
    }

    boolean contains(LocalDateTime t) {
        return !t.isBefore(from) && !t.isAfter(to);
    }

    List<Tick> ticks() {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Tick> ticks = new ArrayList<>();
        if (days <= 21) {
            for (LocalDate d = from.toLocalDate(); !d.atStartOfDay().isAfter(to); d = d.plusDays(1)) {
                ticks.add(new Tick(d.atStartOfDay(), DAY.format(d), d.getDayOfWeek() == DayOfWeek.MONDAY));
            }
        } else if (days <= 155) {
            LocalDate d = from.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (; !d.atStartOfDay().isAfter(to); d = d.plusWeeks(1)) {
                ticks.add(new Tick(d.atStartOfDay(), WEEK.format(d), d.getDayOfMonth() <= 7));
            }
        } else if (days <= 3 * 366) {
            LocalDate d = from.toLocalDate().with(TemporalAdjusters.firstDayOfNextMonth());
            if (from.toLocalDate().getDayOfMonth() == 1) {
                d = from.toLocalDate();
            }
            for (; !d.atStartOfDay().isAfter(to); d = d.plusMonths(1)) {
                boolean january = d.getMonthValue() == 1;
                ticks.add(new Tick(d.atStartOfDay(), january || ticks.isEmpty() ? MONTH_YEAR.format(d)
                        : MONTH.format(d), january));
            }
        } else {
            LocalDate d = from.toLocalDate().withDayOfMonth(1);
            while ((d.getMonthValue() - 1) % 3 != 0 || d.atStartOfDay().isBefore(from)) {
                d = d.plusMonths(1);
            }
            for (; !d.atStartOfDay().isAfter(to); d = d.plusMonths(3)) {
                ticks.add(new Tick(d.atStartOfDay(), "Q" + ((d.getMonthValue() - 1) / 3 + 1) + " " + d.getYear(),
                        d.getMonthValue() == 1));
            }
        }
        return ticks;
    }

    /** Tick labels in a band from {@code top} to {@code top + height}, grid lines down to {@code bottom}. */
    void draw(Graphics2D g, double top, double height, double bottom) {
        g.setFont(ChartStyle.font(10));
        List<Tick> ticks = ticks();
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            double x = x(t.at());
            g.setColor(t.major() ? ChartStyle.BASELINE : ChartStyle.GRID);
            g.setStroke(Draw.HAIRLINE);
            g.draw(new Line2D.Double(x, top + height, x, bottom));
            int width = g.getFontMetrics().stringWidth(t.label());
            if (x + 3 > lastLabelEnd && x + 3 + width <= x1 + 2) {
                g.setColor(ChartStyle.MUTED);
                Draw.left(g, t.label(), x + 3, top + height - 6);
                lastLabelEnd = x + 3 + width + 6;
            }
        }
        g.setColor(ChartStyle.BASELINE);
        g.draw(new Line2D.Double(x0, top + height, x1, top + height));
    }
}
