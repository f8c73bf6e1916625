package dev.uplift.app.report;

import com.lowagie.text.pdf.PdfPTable;
import dev.uplift.model.checklist.CheckResult;
import dev.uplift.model.checklist.CheckState;

import java.util.List;
import java.util.Optional;

/** The checklist items still open (failing or not checked), as a report table. */
final class ChecklistTable {
    private ChecklistTable() {
    }

    static List<CheckResult> open(List<CheckResult> items) {
        return items.stream().filter(c -> c.state() == CheckState.FAIL || c.state() == CheckState.NOT_CHECKED).toList();
    }

    /** The open items with their evidence (what a person recorded, where there is some); empty when none is open. */
    static Optional<PdfPTable> of(List<CheckResult> items) {
        List<CheckResult> open = open(items);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        PdfPTable t = PdfStyle.table(new float[] {1.3f, 4, 5}, "state", "item", "evidence");
        for (CheckResult c : open) {
            t.addCell(c.state() == CheckState.FAIL ? PdfStyle.coloured("fail", PdfStyle.BAD)
                    : PdfStyle.coloured("not checked", PdfStyle.WARN));
            t.addCell(PdfStyle.cell(c.title()));
            t.addCell(PdfStyle.cell(c.manualEvidence() != null ? c.manualEvidence()
                    : c.evidence() == null ? "" : c.evidence()));
        }
        return Optional.of(t);
    }
}
