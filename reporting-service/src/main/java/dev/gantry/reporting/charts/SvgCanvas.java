package dev.gantry.reporting.charts;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a drawing on {@link Graphics2D} into an SVG document with JFreeSVG. The charts draw on any Graphics2D (the
 * PDFs draw the same charts through PDFBox); {@link #begin} and {@link #end} group their elements with an id and
 * classes in SVG (for styling, scripting and tests) and do nothing elsewhere.
 */
public final class SvgCanvas {

    /** A drawing of a given size. */
    public interface Drawing {
        int width();

        int height();

        void draw(Graphics2D g);
    }

    private SvgCanvas() {
    }

    /** The drawing as a standalone SVG document. */
    public static String svg(Drawing drawing) {
        SVGGraphics2D g = new SVGGraphics2D(drawing.width(), drawing.height());
        g.setFontFunction(family -> ChartStyle.CSS_FONT_FAMILY);
        prepare(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, drawing.width(), drawing.height());
        drawing.draw(g);
        // No DOCTYPE: SVG 2 has none, and a reader should not fetch the SVG 1.1 DTD from the web to parse a chart.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement();
    }

    /** Antialiasing and fractional metrics, as every chart wants them. */
    public static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** Opens a group with an id (may be null) and classes; in SVG only. */
    public static void begin(Graphics2D g, String id, String classes) {
        if (g instanceof SVGGraphics2D) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (id != null) {
                attributes.put("id", id);
            }
            attributes.put("class", classes);
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
        }
    }

    /** Closes the group {@link #begin} opened. */
    public static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }

    /** A tooltip for the next element drawn, in SVG only. */
    public static void title(Graphics2D g, String title) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        }
    }
}
