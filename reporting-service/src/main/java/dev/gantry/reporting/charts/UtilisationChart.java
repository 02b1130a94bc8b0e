package dev.gantry.reporting.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Utilisation per person and week: a row per person, a column per week, each cell the share of the person's capacity
 * allocated across every project, coloured from idle to over-booked. Every cell is an SVG group with the class
 * {@code week} and {@code over} when above 100 %.
 */
public final class UtilisationChart implements SvgCanvas.Drawing {

    /** A person's weeks, as many as the chart's. */
    public record Person(String name, String team, List<BigDecimal> percent) {
    }

    private static final int ROW = 22;
    private static final int LABELS = 230;
    private static final int TOP = 64;
    private static final int HEADER = 24;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final String title;
    private final String subtitle;
    private final List<LocalDate> weeks;
    private final List<Person> people;
    private final int width;

    public UtilisationChart(String title, String subtitle, List<LocalDate> weeks, List<Person> people, int width) {
        this.title = title;
        this.subtitle = subtitle;
        this.weeks = weeks;
        this.people = people;
        this.width = width;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return TOP + HEADER + Math.max(1, people.size()) * ROW + 52;
    }

    /** The colour of a utilisation: grey when idle, greens up to 100 %, amber to 110 %, red beyond. */
    static Color colour(BigDecimal percent) {
        double p = percent == null ? 0 : percent.doubleValue();
        if (p <= 0) {
            return new Color(0xf1f3f5);
        } else if (p < 50) {
            return new Color(0xd3eed9);
        } else if (p < 85) {
            return new Color(0x9fd8ad);
        } else if (p <= 100) {
            return new Color(0x5cb874);
        } else if (p <= 110) {
            return ChartStyle.AMBER;
        }
        return ChartStyle.RED;
    }

    @Override
    public void draw(Graphics2D g) {
        SvgCanvas.begin(g, null, "utilisation");
        Draw.heading(g, title, subtitle, 16, 8);
        double cell = weeks.isEmpty() ? 0 : (width - LABELS - 16.0) / weeks.size();
        g.setFont(ChartStyle.font(10));
        g.setColor(ChartStyle.MUTED);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int w = 0; w < weeks.size(); w++) {
            double x = LABELS + w * cell;
            String label = WEEK.format(weeks.get(w));
            if (x > lastEnd) {
                Draw.left(g, label, x + 2, TOP + HEADER - 8);
                lastEnd = x + g.getFontMetrics().stringWidth(label) + 6;
            }
        }
        g.setFont(ChartStyle.bold(10));
        Draw.left(g, "Person (team)", 16, TOP + HEADER - 8);
        if (people.isEmpty()) {
            g.setColor(ChartStyle.MUTED);
            g.setFont(ChartStyle.font(12));
            Draw.left(g, "Nobody in this selection", 16, TOP + HEADER + 15);
        }
        for (int r = 0; r < people.size(); r++) {
            Person p = people.get(r);
            double y = TOP + HEADER + r * ROW;
            g.setColor(ChartStyle.TEXT);
            g.setFont(ChartStyle.font(11));
            String label = p.name() + (p.team() == null ? "" : " (" + p.team() + ")");
            Draw.left(g, Draw.fit(g, label, LABELS - 24), 16, y + 15);
            for (int w = 0; w < weeks.size() && w < p.percent().size(); w++) {
                BigDecimal percent = p.percent().get(w);
                boolean over = percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0;
                SvgCanvas.begin(g, null, "week" + (over ? " over" : ""));
                SvgCanvas.title(g, p.name() + ", week of " + WEEK.format(weeks.get(w)) + ": "
                        + (percent == null ? 0 : percent.setScale(0, java.math.RoundingMode.HALF_UP)) + " %");
                g.setColor(colour(percent));
                double x = LABELS + w * cell;
                g.fill(new Rectangle2D.Double(x, y + 1, cell - 1, ROW - 2));
                if (cell >= 30 && percent != null && percent.signum() > 0) {
                    g.setColor(over ? Color.WHITE : ChartStyle.TEXT);
                    g.setFont(ChartStyle.font(9));
                    Draw.centre(g, percent.setScale(0, java.math.RoundingMode.HALF_UP) + "%", x + cell / 2,
                            y + 15);
                }
                SvgCanvas.end(g);
            }
        }
        double y = TOP + HEADER + Math.max(1, people.size()) * ROW + 30;
        SvgCanvas.begin(g, null, "legend");
        double x = 16;
        x = Draw.key(g, colour(BigDecimal.ZERO), "Free", x, y);
        x = Draw.key(g, colour(BigDecimal.valueOf(40)), "Under 50 %", x, y);
        x = Draw.key(g, colour(BigDecimal.valueOf(70)), "50–85 %", x, y);
        x = Draw.key(g, colour(BigDecimal.valueOf(95)), "85–100 %", x, y);
        x = Draw.key(g, colour(BigDecimal.valueOf(105)), "100–110 %", x, y);
        Draw.key(g, colour(BigDecimal.valueOf(150)), "Over 110 %", x, y);
        SvgCanvas.end(g);
        SvgCanvas.end(g);
    }
}
