package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TODO/FIXME/XXX/HACK markers in comments: work someone knew was left undone. */
final class TodoCommentRule implements FileRule {
    static final Rule RULE = new Rule("QUAL-TODO", "Unfinished-work markers", Category.CODE_QUALITY, Severity.MINOR, 15, null,
            "A TODO, FIXME, XXX or HACK marker in a comment: known unfinished work.",
            "Finish the work, or move it to the tracker and delete the marker.");
    private static final Pattern MARKER = Pattern.compile("(?://|#|/\\*|^\\s*\\*)\\s*(TODO|FIXME|XXX|HACK)\\b");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (!file.file().isCode()) {
            return;
        }
        for (int i = 0; i < file.lines().size(); i++) {
            Matcher m = MARKER.matcher(file.lines().get(i));
            if (m.find()) {
                findings.accept(finding(file, i + 1, m.group(1) + " marker left in the code",
                        FileRule.excerpt(file.lines().get(i))));
            }
        }
    }
}
