package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.java.SampleDataRule;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import org.treesitter.TSNode;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@link SampleDataRule} for Python and TypeScript/JavaScript: a production function that returns
 * records written out as literals ({@code [{"id": 1, "name": "Alice"}, …]}), or placeholder people and
 * text. Test code is left alone.
 */
public final class LiteralRecordsRule implements FileRule {
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|`[^`$]*`");
    /** Keys and constants of a literal record; what is left must be brackets, numbers and punctuation. */
    private static final Pattern KEYS_AND_CONSTANTS = Pattern.compile("[A-Za-z_$][\\w$]*\\s*:|\\b(True|False|None|"
            + "true|false|null|undefined)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(john|jane) doe\\b|lorem ipsum");

    @Override
    public Rule rule() {
        return SampleDataRule.RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (!(file.tree() instanceof SyntaxTree.TreeSitter tree) || file.file().test()) {
            return;
        }
        for (TSNode ret : tree.nodes().ofType("return_statement")) {
            String value = tree.text(ret).replaceFirst("^return\\b", "").strip();
            int line = ret.getStartPoint().getRow() + 1;
            if (isLiteralRecords(value)) {
                findings.accept(finding(file, line, "returns hard-coded records",
                        FileRule.excerpt(file.lines().get(line - 1))));
            } else if (PLACEHOLDER.matcher(value).find()) {
                findings.accept(finding(file, line, "returns placeholder text or people",
                        FileRule.excerpt(file.lines().get(line - 1))));
            }
        }
    }

    /** A list of at least two objects/dicts written out in full. */
    static boolean isLiteralRecords(String value) {
        if (!value.startsWith("[") || value.length() > 20_000) {
            return false;
        }
        String bare = STRINGS.matcher(value).replaceAll("0").replaceAll("(#|//)[^\n]*", " "); // then comments
        long records = bare.chars().filter(c -> c == '{').count();
        if (records < 2 || !bare.contains(":")) {
            return false;
        }
        // a scan, not one regex over the whole value: a repeated group recurses once per character
        String rest = KEYS_AND_CONSTANTS.matcher(bare).replaceAll(" ");
        return rest.chars().allMatch(c -> Character.isWhitespace(c) || "[]{}(),:;.+-0123456789".indexOf(c) >= 0);
    }
}
