package dev.uplift.app.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.uplift.model.Severity;
import dev.uplift.model.plan.Risk;

import java.awt.Color;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * The report's look: the PDF base fonts (no font files to embed or find), colours shared with the
 * app's theme, and small builders for headings and tables.
 */
final class PdfStyle {
    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x5b, 0x67, 0x78);
    static final Color RULE = new Color(0xd5, 0xdb, 0xe3);
    static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf7);
    static final Color ACCENT = new Color(0x1d, 0x5f, 0xbf);
    static final Color GOOD = new Color(0x2e, 0x7d, 0x32);
    static final Color BAD = new Color(0xc6, 0x28, 0x28);
    static final Color WARN = new Color(0xe0, 0x8a, 0x00);

    static final Font TITLE = font(Font.BOLD, 26, INK);
    static final Font H1 = font(Font.BOLD, 17, INK);
    static final Font H2 = font(Font.BOLD, 12, INK);
    static final Font BODY = font(Font.NORMAL, 9.5f, INK);
    static final Font BODY_BOLD = font(Font.BOLD, 9.5f, INK);
    static final Font SMALL = font(Font.NORMAL, 8, INK);
    static final Font SMALL_MUTED = font(Font.NORMAL, 8, MUTED);
    static final Font TABLE_HEAD = font(Font.BOLD, 8, INK);
    static final Font MONO = new Font(Font.COURIER, 7.5f, Font.NORMAL, INK);

    private static final Map<Character, String> OUTSIDE_WIN_ANSI = Map.of('≥', ">=", '≤', "<=", '→', "->",
            '←', "<-", '✓', "yes", '✗', "no", '≠', "!=");

    private PdfStyle() {
    }

    private static Font font(int style, float size, Color color) {
        return new Font(Font.HELVETICA, size, style, color);
    }

    /**
     * Text the base fonts can show: they cover Windows-1252 only, so other characters become a close
     * ASCII spelling or '?', and control characters go, rather than printing as nothing.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        CharsetEncoder winAnsi = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || !Character.isISOControl(c)).forEach(c -> {
            if (c == '\t' || c == '\n') {
                out.append(' ');
            } else if (c < 128 || c <= Character.MAX_VALUE && winAnsi.canEncode((char) c)) {
                out.appendCodePoint(c);
            } else {
                out.append(c <= Character.MAX_VALUE ? OUTSIDE_WIN_ANSI.getOrDefault((char) c, "?") : "?");
            }
        });
        return out.toString();
    }

    static Paragraph heading(String text) {
        Paragraph p = new Paragraph(clean(text), H1);
        p.setSpacingAfter(8);
        return p;
    }

    static Paragraph subheading(String text) {
        Paragraph p = new Paragraph(clean(text), H2);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(clean(text), BODY);
        p.setLeading(13);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph note(String text) {
        Paragraph p = new Paragraph(clean(text), SMALL_MUTED);
        p.setSpacingAfter(4);
        return p;
    }

    /** A full-width table with a shaded header row that repeats on every page it spans. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        t.setSpacingAfter(6);
        for (String h : headers) {
            PdfPCell cell = cell(h, TABLE_HEAD);
            cell.setBackgroundColor(HEADER_FILL);
            t.addCell(cell);
        }
        return t;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), font));
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    static PdfPCell cell(String text) {
        return cell(text, SMALL);
    }

    static PdfPCell number(String text) {
        PdfPCell cell = cell(text, SMALL);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell coloured(String text, Color color) {
        return cell(text, new Font(Font.HELVETICA, 8, Font.BOLD, color));
    }

    static Color severity(Severity severity) {
        return switch (severity) {
            case BLOCKER, CRITICAL -> BAD;
            case MAJOR -> WARN;
            case MINOR, INFO -> MUTED;
        };
    }

    static Color risk(Risk risk) {
        return switch (risk) {
            case HIGH -> BAD;
            case MEDIUM -> WARN;
            case LOW -> GOOD;
        };
    }

    /** A label and a value on one line: "Commit  3f2a9c1d". */
    static Paragraph field(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(clean(label) + "   ", SMALL_MUTED));
        p.add(new Chunk(clean(value), BODY));
        p.setSpacingAfter(3);
        return p;
    }
}
