package dev.gantry.reporting.statusreport;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.gantry.reporting.charts.ChartStyle;
import dev.gantry.reporting.charts.SvgCanvas;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF a page at a time with PDFBox: text (real text in an embedded font, so it can be searched and copied),
 * wrapped paragraphs, tables, and the charts as vector graphics (the same drawings as the SVGs, through PDFBox's
 * Graphics2D bridge). Positions are in points from the top of the page; a block that does not fit starts a new page.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 40;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final String footer;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    PdfPages(String footer) {
        this.footer = footer;
        try {
            this.font = load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load() throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(ChartStyle.FONT_RESOURCE)) {
            return PDType0Font.load(document, in);
        }
    }

    /** Starts a page, portrait or landscape A4. */
    void newPage(boolean landscape) {
        try {
            closePage();
            PDRectangle a4 = PDRectangle.A4;
            page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    float remaining() {
        return page.getMediaBox().getHeight() - MARGIN - 18 - y;
    }

    /** Starts a new page of the same orientation when less than {@code height} is left. */
    void need(float height) {
        if (remaining() < height) {
            newPage(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
        }
    }

    void gap(float points) {
        y += points;
    }

    /** A line of text at x (from the left margin), in bold or not; moves down by the line's height. */
    void line(String text, float size, boolean strong, Color colour) {
        need(size * 1.4f);
        text(text, 0, y + size, size, strong, colour);
        y += size * 1.45f;
    }

    /** Text at (x from the margin, baseline from the top), without moving. */
    void text(String text, float x, float baseline, float size, boolean strong, Color colour) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour);
            if (strong) {
                // The embedded face has no bold: strong text is stroked as well as filled.
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                content.setStrokingColor(colour);
                content.setLineWidth(size / 30);
            } else {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
            content.newLineAtOffset(MARGIN + x, pageHeight() - baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph wrapped to {@code width} from x. */
    void paragraph(String text, float x, float width, float size, Color colour) {
        for (String line : wrap(text, width, size)) {
            need(size * 1.4f);
            text(line, x, y + size, size, false, colour);
            y += size * 1.4f;
        }
    }

    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (textWidth(candidate, size) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** A filled rectangle at (x from the margin, top from the page's top). */
    void box(float x, float top, float w, float h, Color fill) {
        try {
            content.setNonStrokingColor(fill);
            content.addRect(MARGIN + x, pageHeight() - top - h, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table: a header row and rows, columns of the given widths (points), the first column's text cut to fit;
     * starts a new page (repeating the header) when a row does not fit.
     */
    void table(List<String> header, List<Float> widths, List<List<String>> rows, float size) {
        float rowHeight = size * 1.9f;
        need(rowHeight * Math.min(3, rows.size() + 1));
        headerRow(header, widths, size, rowHeight);
        for (int r = 0; r < rows.size(); r++) {
            if (remaining() < rowHeight) {
                newPage(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
                headerRow(header, widths, size, rowHeight);
            }
            if (r % 2 == 1) {
                box(0, y, sum(widths), rowHeight, ChartStyle.STRIPE);
            }
            float x = 0;
            for (int c = 0; c < header.size(); c++) {
                String cell = c < rows.get(r).size() && rows.get(r).get(c) != null ? rows.get(r).get(c) : "";
                text(fit(cell, widths.get(c) - 6, size), x + 3, y + rowHeight * 0.68f, size, false, ChartStyle.TEXT);
                x += widths.get(c);
            }
            y += rowHeight;
        }
    }

    private void headerRow(List<String> header, List<Float> widths, float size, float rowHeight) {
        box(0, y, sum(widths), rowHeight, ChartStyle.GRID);
        float x = 0;
        for (int c = 0; c < header.size(); c++) {
            text(fit(header.get(c), widths.get(c) - 6, size), x + 3, y + rowHeight * 0.68f, size, true,
                    ChartStyle.TEXT);
            x += widths.get(c);
        }
        y += rowHeight;
    }

    private static float sum(List<Float> widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    String fit(String text, float width, float size) {
        String t = printable(text);
        if (textWidth(t, size) <= width) {
            return t;
        }
        int end = t.length();
        while (end > 0 && textWidth(t.substring(0, end) + "…", size) > width) {
            end--;
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    /**
     * A chart drawn as vector graphics, scaled to {@code width} points (and at most {@code maxHeight}); starts a new
     * page when it does not fit. Its text is real text in the embedded font.
     */
    void chart(SvgCanvas.Drawing drawing, float width, float maxHeight) {
        float scale = Math.min(width / drawing.width(), (maxHeight - 6) / drawing.height());
        float w = drawing.width() * scale;
        float h = drawing.height() * scale;
        need(h + 4);
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, drawing.width(), drawing.height());
            PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
            java.awt.Font awt = ChartStyle.font(11);
            text.registerFont(awt.getFontName(), font);
            text.registerFont(awt.getFamily(), font);
            text.registerFont(awt.getName(), font);
            g.setFontTextDrawer(text);
            SvgCanvas.prepare(g);
            drawing.draw(g);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale, MARGIN, pageHeight() - y - h));
            content.drawForm(form);
            content.restoreGraphicsState();
            y += h + 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float pageHeight() {
        return page.getMediaBox().getHeight();
    }

    float y() {
        return y;
    }

    /** A finished document: its bytes and its number of pages. */
    record Finished(byte[] bytes, int pages) {
    }

    /** The document, with a footer (its text and "page n of m") on every page. */
    Finished finish() {
        try {
            closePage();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage p = document.getPage(i);
                try (PDPageContentStream c = new PDPageContentStream(document, p,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    c.beginText();
                    c.setFont(font, 8);
                    c.setNonStrokingColor(ChartStyle.MUTED);
                    c.newLineAtOffset(MARGIN, MARGIN / 2);
                    c.showText(printable(footer + " · page " + (i + 1) + " of " + pages));
                    c.endText();
                }
            }
            document.getDocumentInformation().setCreator("Gantry reporting-service");
            document.getDocumentInformation().setTitle(footer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new Finished(out.toByteArray(), pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Characters the embedded font has; others become "?" (control characters become spaces). */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    out.appendCodePoint(cp);
                } catch (IOException | IllegalArgumentException missing) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
