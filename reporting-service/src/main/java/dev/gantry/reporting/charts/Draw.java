package dev.gantry.reporting.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;

/** Small drawing helpers the charts share: text aligned and cut to fit, titles, legend keys. */
final class Draw {

    static final Stroke HAIRLINE = new BasicStroke(1f);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private Draw() {
    }

    /** Text with its left end at x and baseline at y. */
    static void left(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) x, (float) y);
    }

    /** Text centred on x. */
    static void centre(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
    }

    /** Text with its right end at x. */
    static void right(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text)), (float) y);
    }

    /** The text, cut with an ellipsis to fit {@code width} in the current font. */
    static String fit(Graphics2D g, String text, double width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String ellipsis = "…";
        int end = text.length();
        while (end > 0 && m.stringWidth(text.substring(0, end) + ellipsis) > width) {
            end--;
        }
        return end == 0 ? "" : text.substring(0, end).stripTrailing() + ellipsis;
    }

    /** A chart's title and, under it, a muted subtitle; answers the y below them. */
    static double heading(Graphics2D g, String title, String subtitle, double x, double y) {
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.bold(16));
        left(g, title, x, y + 16);
        double below = y + 24;
        if (subtitle != null && !subtitle.isBlank()) {
            g.setColor(ChartStyle.MUTED);
            g.setFont(ChartStyle.font(11));
            left(g, subtitle, x, y + 34);
            below = y + 42;
        }
        return below;
    }

    /** A legend key — a swatch and its label — starting at x; answers the x after it. */
    static double key(Graphics2D g, Color colour, String label, double x, double y) {
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(x, y - 9, 12, 10));
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.font(11));
        left(g, label, x + 16, y);
        return x + 16 + g.getFontMetrics().stringWidth(label) + 18;
    }

    /** An amount with thousands separators and no decimals. */
    static String amount(double value) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.UK);
        return f.format(Math.round(value));
    }
}
