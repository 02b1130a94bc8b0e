package dev.gantry.reporting.charts;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One look for every chart, in SVG and in PDF: the font (Liberation Sans, which PDFBox ships in its jar, so that text
 * is measured alike on every machine and can be embedded in PDFs), the palette and the sizes.
 */
public final class ChartStyle {

    /** Where PDFBox keeps the font, also read when a PDF embeds it. */
    public static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** The family SVG text asks for: the same metrics first, then the common sans-serif faces (escaped: it goes into
     * the single-quoted style attribute JFreeSVG writes). */
    public static final String CSS_FONT_FAMILY = "&quot;Liberation Sans&quot;, Arial, Helvetica, sans-serif";

    private static final Font BASE = load();

    public static final Color TEXT = new Color(0x1f2933);
    public static final Color MUTED = new Color(0x616e7c);
    public static final Color GRID = new Color(0xe4e7eb);
    public static final Color STRIPE = new Color(0xf7f8fa);
    public static final Color TASK = new Color(0x3b82c4);
    public static final Color TASK_DONE = new Color(0x1f5f99);
    public static final Color CRITICAL = new Color(0xd64545);
    public static final Color CRITICAL_DONE = new Color(0x9e2b2b);
    public static final Color SUMMARY = new Color(0x323f4b);
    public static final Color BASELINE = new Color(0xa9b4c0);
    public static final Color TODAY = new Color(0xe8890c);
    public static final Color PLANNED_VALUE = new Color(0x3b82c4);
    public static final Color EARNED_VALUE = new Color(0x2f9e44);
    public static final Color ACTUAL_COST = new Color(0xd64545);
    public static final Color GREEN = new Color(0x2f9e44);
    public static final Color AMBER = new Color(0xf0a020);
    public static final Color RED = new Color(0xd64545);
    public static final Color LOW = new Color(0xa8dcb5);
    public static final Color MEDIUM = new Color(0xffe08a);
    public static final Color HIGH = new Color(0xf7a35c);
    public static final Color VERY_HIGH = new Color(0xe35d5d);

    private ChartStyle() {
    }

    /** The font at this size (points, or pixels in SVG). */
    public static Font font(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    /** The font, bold, at this size. */
    public static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    /** The colour of a risk level (LOW, MEDIUM, HIGH, CRITICAL). */
    public static Color level(String level) {
        return switch (level == null ? "" : level) {
            case "LOW" -> LOW;
            case "MEDIUM" -> MEDIUM;
            case "HIGH" -> HIGH;
            case "CRITICAL" -> VERY_HIGH;
            default -> GRID;
        };
    }

    /** The colour of a RAG rating. */
    public static Color rag(String rag) {
        return switch (rag == null ? "" : rag) {
            case "GREEN" -> GREEN;
            case "AMBER" -> AMBER;
            case "RED" -> RED;
            default -> MUTED;
        };
    }

    private static Font load() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
            }
        } catch (IOException | FontFormatException e) {
            // fall through to the platform's sans-serif
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    }
}
