package dev.uplift.app.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

/**
 * Java2D drawing turned into PDF vector graphics: a chart or a painter draws on a template's
 * Graphics2D, and the template goes into the text flow as an image that stays sharp at any zoom.
 */
final class VectorDrawing {
    private static final DefaultFontMapper FONTS = new DefaultFontMapper();

    private VectorDrawing() {
    }

    static Image of(PdfContentByte canvas, float width, float height, Consumer<Graphics2D> painter) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, FONTS);
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("a template always makes an image", e);
        }
    }

    static Image of(PdfContentByte canvas, JFreeChart chart, float width, float height) {
        return of(canvas, width, height, g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }
}
