package dev.gantry.reporting.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Earned value's S-curve: cumulative planned value, earned value and actual cost per week (EV and AC to the status
 * date), the cost forecast beyond it, and the status date marked; amounts in the baseline's currency.
 */
public final class SCurveChart implements SvgCanvas.Drawing {

    /** One week's cumulative figures (null where not known yet). */
    public record Week(LocalDate weekStart, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost,
                       BigDecimal forecastCost) {
    }

    private final String title;
    private final String subtitle;
    private final List<Week> weeks;
    private final LocalDate statusDate;
    private final String currency;
    private final int width;
    private final int height;

    public SCurveChart(String title, String subtitle, List<Week> weeks, LocalDate statusDate, String currency,
                       int width, int height) {
        this.title = title;
        this.subtitle = subtitle;
        this.weeks = weeks;
        this.statusDate = statusDate;
        this.currency = currency;
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void draw(Graphics2D g) {
        TimeSeries pv = new TimeSeries("Planned value (PV)");
        TimeSeries ev = new TimeSeries("Earned value (EV)");
        TimeSeries ac = new TimeSeries("Actual cost (AC)");
        TimeSeries forecast = new TimeSeries("Forecast cost");
        for (Week w : weeks) {
            Day day = new Day(JFreeCharts.date(w.weekStart().plusDays(7).atStartOfDay()), JFreeCharts.WALL_CLOCK,
                    java.util.Locale.UK);
            if (w.plannedValue() != null) {
                pv.addOrUpdate(day, w.plannedValue());
            }
            if (w.earnedValue() != null) {
                ev.addOrUpdate(day, w.earnedValue());
            }
            if (w.actualCost() != null) {
                ac.addOrUpdate(day, w.actualCost());
            }
            if (w.forecastCost() != null) {
                forecast.addOrUpdate(day, w.forecastCost());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection(JFreeCharts.WALL_CLOCK);
        data.addSeries(pv);
        data.addSeries(ev);
        data.addSeries(ac);
        data.addSeries(forecast);
        DateAxis time = new DateAxis("Week ending");
        NumberAxis amount = new NumberAxis(currency == null ? "Amount" : "Amount (" + currency + ")");
        amount.setNumberFormatOverride(new DecimalFormat("#,##0"));
        amount.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lines.setSeriesPaint(0, ChartStyle.PLANNED_VALUE);
        lines.setSeriesPaint(1, ChartStyle.EARNED_VALUE);
        lines.setSeriesPaint(2, ChartStyle.ACTUAL_COST);
        lines.setSeriesPaint(3, ChartStyle.ACTUAL_COST);
        for (int s = 0; s < 3; s++) {
            lines.setSeriesStroke(s, new BasicStroke(2.2f));
        }
        lines.setSeriesStroke(3, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(data, time, amount, lines);
        if (statusDate != null) {
            Date at = JFreeCharts.date(statusDate.atStartOfDay());
            ValueMarker marker = new ValueMarker(at.getTime(), ChartStyle.TODAY, Draw.DASHED);
            marker.setLabel("Status date");
            marker.setLabelFont(ChartStyle.font(10));
            marker.setLabelPaint(ChartStyle.TODAY);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.font(12), plot, true);
        JFreeCharts.style(chart);
        JFreeCharts.draw(g, chart, title, subtitle, "s-curve", width, height);
    }
}
