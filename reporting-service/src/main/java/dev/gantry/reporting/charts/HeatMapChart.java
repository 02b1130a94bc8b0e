package dev.gantry.reporting.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

/**
 * The risk heat map: probability (up) against impact (across), each cell with its count of open risks and coloured
 * by their level; empty cells stay blank. Every cell is an SVG group {@code cell-<probability>-<impact>} with the
 * class {@code cell} and its level in lower case.
 */
public final class HeatMapChart implements SvgCanvas.Drawing {

    /** The open risks of one cell. */
    public record Cell(int probability, int impact, long count, String level) {
    }

    private static final int CELL = 64;
    private static final int LEFT = 110;
    private static final int TOP = 70;

    private final String title;
    private final String subtitle;
    private final List<Cell> cells;
    private final Map<String, Long> byLevel;
    private final int levels;

    public HeatMapChart(String title, String subtitle, List<Cell> cells, Map<String, Long> byLevel) {
        this.title = title;
        this.subtitle = subtitle;
        this.cells = cells;
        this.byLevel = byLevel;
        int max = 5;
        for (Cell c : cells) {
            max = Math.max(max, Math.max(c.probability(), c.impact()));
        }
        this.levels = max;
    }

    @Override
    public int width() {
        return Math.max(520, LEFT + levels * CELL + 40);
    }

    @Override
    public int height() {
        return TOP + levels * CELL + 96;
    }

    @Override
    public void draw(Graphics2D g) {
        SvgCanvas.begin(g, null, "heat-map");
        Draw.heading(g, title, subtitle, 16, 8);
        double gridBottom = TOP + levels * CELL;
        for (int p = 1; p <= levels; p++) {
            for (int i = 1; i <= levels; i++) {
                Cell cell = find(p, i);
                double x = LEFT + (i - 1) * CELL;
                double y = gridBottom - p * CELL;
                SvgCanvas.begin(g, "cell-" + p + "-" + i, "cell" + (cell == null ? " empty"
                        : " " + cell.level().toLowerCase()));
                g.setColor(cell == null ? new Color(0xfbfbfc) : ChartStyle.level(cell.level()));
                g.fill(new Rectangle2D.Double(x, y, CELL, CELL));
                g.setColor(Color.WHITE);
                g.draw(new Rectangle2D.Double(x, y, CELL, CELL));
                if (cell != null) {
                    g.setColor(ChartStyle.TEXT);
                    g.setFont(ChartStyle.bold(18));
                    Draw.centre(g, String.valueOf(cell.count()), x + CELL / 2.0, y + CELL / 2.0 + 7);
                }
                SvgCanvas.end(g);
            }
        }
        SvgCanvas.begin(g, null, "axis");
        g.setColor(ChartStyle.MUTED);
        g.setFont(ChartStyle.font(11));
        for (int k = 1; k <= levels; k++) {
            Draw.right(g, String.valueOf(k), LEFT - 8, gridBottom - (k - 0.5) * CELL + 4);
            Draw.centre(g, String.valueOf(k), LEFT + (k - 0.5) * CELL, gridBottom + 16);
        }
        g.setFont(ChartStyle.bold(11));
        Draw.centre(g, "Impact →", LEFT + levels * CELL / 2.0, gridBottom + 34);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, 40, TOP + levels * CELL / 2.0);
        Draw.centre(g, "Probability →", 40, TOP + levels * CELL / 2.0 + 4);
        g.setTransform(saved);
        SvgCanvas.end(g);
        SvgCanvas.begin(g, null, "legend");
        double x = 16;
        double y = gridBottom + 64;
        for (String level : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
            long n = byLevel.getOrDefault(level, 0L);
            x = Draw.key(g, ChartStyle.level(level), level.charAt(0) + level.substring(1).toLowerCase() + " (" + n
                    + ")", x, y);
        }
        SvgCanvas.end(g);
        SvgCanvas.end(g);
    }

    private Cell find(int probability, int impact) {
        for (Cell c : cells) {
            if (c.probability() == probability && c.impact() == impact && c.count() > 0) {
                return c;
            }
        }
        return null;
    }
}
