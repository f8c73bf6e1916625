package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Production code writing to the console instead of a logger: no levels, no context, no correlation.
 * Console output is what command-line programs, scripts, notebooks and build, migration and setup code
 * are for, so those are left alone; in services each file gets one finding that counts its lines and
 * names them, so a monorepo full of prints does not drown the findings that matter.
 */
final class PrintInsteadOfLoggingRule implements FileRule {
    static final Rule RULE = new Rule("ERR-PRINT-LOGGING", "Console output instead of logging", Category.ERROR_HANDLING, Severity.MINOR, 10, 778,
            "Console output (printStackTrace, System.out, print, console.log) in service code instead of a logger. "
                    + "Scripts, command-line programs, notebooks and build, migration and setup code are left alone.",
            "Use the project's logger with a level and context, so operators can find and correlate it.");
    private static final Map<String, Pattern> BY_LANGUAGE = Map.of(
            "java", Pattern.compile("\\.printStackTrace\\(\\s*\\)|System\\.(out|err)\\.print"),
            // print(...), and Python 2's print statement: a string, >>file, or one expression ending the line or a comma
            "python", Pattern.compile("^\\s*print(\\(|\\s+([\"'>]|[\\w.\\[\\]]+\\s*($|,)))"),
            "typescript", Pattern.compile("\\bconsole\\.log\\("),
            "javascript", Pattern.compile("\\bconsole\\.log\\("));
    /** A program's entry point: a script run from the command line, whose console is its interface. */
    private static final Map<String, Pattern> ENTRY_POINT = Map.of(
            "java", Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\("),
            "python", Pattern.compile("^if\\s+__name__\\s*==\\s*[\"']__main__[\"']\\s*:"));
    private static final Set<String> SCRIPT_FOLDERS = Set.of("scripts", "script", "bin", "cli", "migrations",
            "alembic", "build", "buildsrc", "ci", ".github", "devops", "deploy");
    private static final Pattern SCRIPT_FILE = Pattern.compile("(?i)setup\\.py|manage\\.py|noxfile\\.py|fabfile\\.py"
            + "|tasks\\.py|conftest\\.py|__main__\\.py|cli\\.(?:py|ts|js)|.*\\.config\\.(?:js|ts|cjs|mjs)"
            + "|(?:gulp|grunt)file\\.js|.*\\.ipynb");
    private static final int LINES_NAMED = 10;

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        Pattern p = BY_LANGUAGE.get(file.file().language());
        if (p == null || file.file().test() || script(file)) {
            return;
        }
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < file.lines().size(); i++) {
            if (file.lineKinds().isCode(i + 1) && p.matcher(file.lines().get(i)).find()) {
                lines.add(i + 1);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        int first = lines.get(0);
        String named = lines.stream().limit(LINES_NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                + (lines.size() > LINES_NAMED ? ", …" : "");
        String message = lines.size() == 1 ? "console output instead of logging"
                : "console output instead of logging on " + lines.size() + " lines (" + named + ")";
        // each line is its own fix: the effort keeps counting them all
        findings.accept(new Finding(RULE.id(), RULE.category(), RULE.severity(), file.file().path(), first, message,
                FileRule.excerpt(file.lines().get(first - 1)), RULE.remediationMinutes() * lines.size(), RULE.cwe(),
                null, lines));
    }

    /** A command-line program or a script: a shebang, a main entry point, a notebook, a scripts or build folder. */
    private static boolean script(ParsedFile file) {
        String path = file.file().path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (SCRIPT_FILE.matcher(name).matches()) {
            return true;
        }
        String[] folders = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < folders.length - 1; i++) {
            if (SCRIPT_FOLDERS.contains(folders[i])) {
                return true;
            }
        }
        List<String> lines = file.lines();
        if (!lines.isEmpty() && lines.get(0).startsWith("#!")) {
            return true;
        }
        Pattern entry = ENTRY_POINT.get(file.file().language());
        return entry != null && lines.stream().anyMatch(l -> entry.matcher(l).find());
    }
}
