package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Python's bare {@code except:} also catches KeyboardInterrupt and SystemExit. */
final class BareExceptRule implements FileRule {
    static final Rule RULE = new Rule("ERR-BARE-EXCEPT", "Bare except clauses", Category.ERROR_HANDLING, Severity.MAJOR, 15, 396,
            "A bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.",
            "Catch the specific exceptions you can handle; at most 'except Exception' with logging.");
    private static final Pattern BARE = Pattern.compile("^\\s*except\\s*:");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (!"python".equals(file.file().language())) {
            return;
        }
        for (int i = 0; i < file.lines().size(); i++) {
            if (BARE.matcher(file.lines().get(i)).find()) {
                findings.accept(finding(file, i + 1, "bare 'except:' catches every exception",
                        FileRule.excerpt(file.lines().get(i))));
            }
        }
    }
}
