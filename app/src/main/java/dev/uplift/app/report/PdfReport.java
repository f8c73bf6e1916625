package dev.uplift.app.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The management report as PDF: cover, executive summary with the KPI charts, the priority matrix,
 * the phase timeline, one page per component, the plan table and an appendix of the rules that found
 * something. Charts are vector graphics. The file is written beside its target and moved into place,
 * so it appears whole or not at all.
 */
public final class PdfReport {
    static final Rectangle PORTRAIT = PageSize.A4;
    static final Rectangle LANDSCAPE = PageSize.A4.rotate();
    static final float MARGIN = 40;

    private PdfReport() {
    }

    public static void write(ReportContent content, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                render(content, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static void render(ReportContent content, OutputStream out) throws IOException {
        Document document = new Document(PORTRAIT, MARGIN, MARGIN, MARGIN, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(content.repositoryName()));
            document.addTitle("Production readiness: " + content.repositoryName());
            document.addCreator("Uplift " + content.engineVersion());
            document.addSubject("Readiness against the standard '" + content.standard().name() + "' and the upgrade plan");
            document.open();
            SummaryPages summary = new SummaryPages(content, document, writer);
            summary.cover();
            summary.executiveSummary();
            PlanPages plan = new PlanPages(content, document, writer);
            plan.matrix();
            plan.timeline();
            new ComponentPages(content, document).components();
            plan.stepTable();
            new ComponentPages(content, document).ruleAppendix();
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    /** Starts a new page of the given size (the size applies from the next page on). */
    static void newPage(Document document, Rectangle size) {
        document.setPageSize(size);
        document.newPage();
    }

    /** "Uplift · repository · page N" at the foot of every page but the cover. */
    private static final class Footer extends PdfPageEventHelper {
        private final String repository;

        Footer(String repository) {
            this.repository = repository;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(PdfStyle.clean("Uplift production readiness report: " + repository), PdfStyle.SMALL_MUTED),
                    MARGIN, MARGIN - 8, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("page " + writer.getPageNumber(), PdfStyle.SMALL_MUTED), page.getWidth() - MARGIN,
                    MARGIN - 8, 0);
        }
    }
}
