package dev.gantry.reporting.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** JFreeChart charts in the house style: the font, white plot with light grid lines, legend at the bottom. */
final class JFreeCharts {

    /** Date axes show project-local date-times, which the charts hand over as UTC instants of the same wall clock. */
    static final TimeZone WALL_CLOCK = TimeZone.getTimeZone("UTC");

    private JFreeCharts() {
    }

    static Date date(LocalDateTime t) {
        return Date.from(t.toInstant(ZoneOffset.UTC));
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(ChartStyle.font(11));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(ChartStyle.GRID);
            plot.setRangeGridlinePaint(ChartStyle.GRID);
            plot.setDomainGridlineStroke(new BasicStroke(1f));
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setOutlineVisible(false);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                axis(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i));
            }
        }
    }

    static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(ChartStyle.font(11));
        axis.setLabelPaint(ChartStyle.MUTED);
        axis.setTickLabelFont(ChartStyle.font(10));
        axis.setTickLabelPaint(ChartStyle.MUTED);
        axis.setAxisLinePaint(ChartStyle.BASELINE);
        if (axis instanceof DateAxis dates) {
            dates.setTimeZone(WALL_CLOCK);
            SimpleDateFormat format = new SimpleDateFormat("d MMM yy", Locale.UK);
            format.setTimeZone(WALL_CLOCK);
            dates.setDateFormatOverride(format);
        }
    }

    /** The chart under a heading drawn in the house style. */
    static void draw(Graphics2D g, JFreeChart chart, String title, String subtitle, String cssClass, int width,
                     int height) {
        SvgCanvas.begin(g, null, cssClass);
        double top = Draw.heading(g, title, subtitle, 16, 8);
        chart.draw(g, new Rectangle2D.Double(8, top + 4, width - 16, height - top - 12));
        SvgCanvas.end(g);
    }
}
