package dev.gantry.reporting.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A Monte Carlo simulation's project finish: how many iterations finished in each bin (bars, left axis), the share
 * finished by each date (the cumulative curve, right axis, 0–100 %), and the planned finish, the baseline finish, P50
 * and P80 marked.
 */
public final class SimulationChart implements SvgCanvas.Drawing {

    /** A bin of the histogram. */
    public record Bin(LocalDateTime from, LocalDateTime to, int count, double cumulative) {
    }

    /** A date to mark, with its label. */
    public record Mark(String label, LocalDateTime at, Color colour) {
    }

    private final String title;
    private final String subtitle;
    private final List<Bin> bins;
    private final List<Mark> marks;
    private final int width;
    private final int height;

    public SimulationChart(String title, String subtitle, List<Bin> bins, List<Mark> marks, int width, int height) {
        this.title = title;
        this.subtitle = subtitle;
        this.bins = bins;
        this.marks = marks;
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
        XYIntervalSeries counts = new XYIntervalSeries("Iterations finishing in the interval");
        XYSeries cumulative = new XYSeries("Share finished by the date (%)");
        if (!bins.isEmpty()) {
            cumulative.add(JFreeCharts.date(bins.get(0).from()).getTime(), 0);
        }
        for (Bin b : bins) {
            double x0 = JFreeCharts.date(b.from()).getTime();
            double x1 = JFreeCharts.date(b.to()).getTime();
            counts.add((x0 + x1) / 2, x0, x1, b.count(), 0, b.count());
            cumulative.add(x1, b.cumulative() * 100);
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(counts);
        DateAxis time = new DateAxis("Project finish");
        // The axis spans the histogram and every marked date (a baseline finish may lie well before the bins).
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Bin b : bins) {
            low = Math.min(low, JFreeCharts.date(b.from()).getTime());
            high = Math.max(high, JFreeCharts.date(b.to()).getTime());
        }
        for (Mark m : marks) {
            if (m.at() != null) {
                low = Math.min(low, JFreeCharts.date(m.at()).getTime());
                high = Math.max(high, JFreeCharts.date(m.at()).getTime());
            }
        }
        if (low < high) {
            double margin = (high - low) * 0.03;
            time.setRange(low - margin, high + margin);
        }
        NumberAxis count = new NumberAxis("Iterations");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer barRenderer = new XYBarRenderer(0.08);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, new Color(0x9cc3e6));
        XYPlot plot = new XYPlot(bars, time, count, barRenderer);
        NumberAxis share = new NumberAxis("Share finished (%)");
        share.setRange(0, 100);
        share.setNumberFormatOverride(new DecimalFormat("0"));
        plot.setRangeAxis(1, share);
        plot.setDataset(1, new XYSeriesCollection(cumulative));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer curve = new XYLineAndShapeRenderer(true, false);
        curve.setDrawSeriesLineAsPath(true);
        curve.setSeriesPaint(0, ChartStyle.SUMMARY);
        curve.setSeriesStroke(0, new BasicStroke(2.2f));
        plot.setRenderer(1, curve);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        Stroke dashed = Draw.DASHED;
        int row = 0;
        for (Mark m : marks) {
            if (m.at() == null) {
                continue;
            }
            ValueMarker marker = new ValueMarker(JFreeCharts.date(m.at()).getTime(), m.colour(), dashed);
            marker.setLabel(m.label());
            marker.setLabelFont(ChartStyle.font(10));
            marker.setLabelPaint(m.colour());
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 + 14 * row++, 3, 2, 2));
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.font(12), plot, true);
        JFreeCharts.style(chart);
        JFreeCharts.draw(g, chart, title, subtitle, "simulation", width, height);
    }
}
