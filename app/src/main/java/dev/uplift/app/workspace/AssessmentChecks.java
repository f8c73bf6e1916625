package dev.uplift.app.workspace;

import dev.uplift.model.Assessment;
import dev.uplift.model.AssessmentWarning;
import dev.uplift.model.ComponentAssessment;
import dev.uplift.model.Finding;
import dev.uplift.model.checklist.CheckResult;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an imported assessment must satisfy before it is stored: the fields the database needs, and
 * paths that stay inside the repository. Each failure names the field, as in
 * {@code assessments[2].components[0].findings[7].file}.
 */
final class AssessmentChecks {
    /** Assessment and plan ids: UUIDs as Uplift makes them, or at least nothing odd. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,36}");

    private AssessmentChecks() {
    }

    static void check(Assessment a, String where) throws InvalidWorkspaceException {
        if (a.id() == null || !ID.matcher(a.id()).matches()) {
            throw invalid(where + ".id", "must be 1 to 36 letters, digits, '.', '_' or '-'");
        }
        required(a.assessedAt(), where + ".assessedAt");
        required(a.standard(), where + ".standard");
        for (int c = 0; c < a.components().size(); c++) {
            component(a.components().get(c), where + ".components[" + c + "]");
        }
        checklist(a.checklist(), where + ".checklist");
        for (int w = 0; w < a.warnings().size(); w++) {
            AssessmentWarning warning = a.warnings().get(w);
            required(warning.message(), where + ".warnings[" + w + "].message");
            path(warning.file() == null ? "" : warning.file(), where + ".warnings[" + w + "].file");
        }
    }

    private static void component(ComponentAssessment ca, String where) throws InvalidWorkspaceException {
        required(ca.component(), where + ".component");
        required(ca.component().name(), where + ".component.name");
        required(ca.component().kind(), where + ".component.kind");
        required(ca.component().tier(), where + ".component.tier");
        required(ca.component().tierReason(), where + ".component.tierReason");
        path(ca.component().path(), where + ".component.path");
        required(ca.metrics(), where + ".metrics");
        required(ca.scores(), where + ".scores");
        required(ca.coverageSource(), where + ".coverageSource");
        for (int f = 0; f < ca.findings().size(); f++) {
            Finding finding = ca.findings().get(f);
            String at = where + ".findings[" + f + "]";
            required(finding.ruleId(), at + ".ruleId");
            required(finding.category(), at + ".category");
            required(finding.severity(), at + ".severity");
            required(finding.message(), at + ".message");
            path(finding.file(), at + ".file");
        }
        for (int d = 0; d < ca.deductions().size(); d++) {
            var deduction = ca.deductions().get(d);
            String at = where + ".deductions[" + d + "]";
            required(deduction.score(), at + ".score");
            required(deduction.source(), at + ".source");
            required(deduction.detail(), at + ".detail");
        }
        checklist(ca.checklist(), where + ".checklist");
    }

    private static void checklist(List<CheckResult> items, String where) throws InvalidWorkspaceException {
        for (int i = 0; i < items.size(); i++) {
            CheckResult item = items.get(i);
            String at = where + "[" + i + "]";
            required(item.id(), at + ".id");
            required(item.area(), at + ".area");
            required(item.title(), at + ".title");
            required(item.state(), at + ".state");
        }
    }

    static void path(String path, String where) throws InvalidWorkspaceException {
        String why = WorkspaceNames.unsafePath(path);
        if (why != null) {
            throw invalid(where, why + (path == null ? "" : ": " + path));
        }
    }

    static void required(Object value, String where) throws InvalidWorkspaceException {
        if (value == null) {
            throw invalid(where, "is missing");
        }
    }

    static InvalidWorkspaceException invalid(String where, String why) {
        return new InvalidWorkspaceException(where + " " + why);
    }
}
