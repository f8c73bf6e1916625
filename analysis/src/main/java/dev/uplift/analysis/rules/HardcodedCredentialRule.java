package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal assigned to a credential-looking name in code. The value is never kept: the evidence
 * shows the name, the first four characters and a hash ({@link SecretPatterns#mask}).
 */
final class HardcodedCredentialRule implements FileRule {
    static final Rule RULE = new Rule("SEC-HARDCODED-CREDENTIAL", "Hard-coded credentials", Category.SECURITY, Severity.CRITICAL, 60, 798,
            "A password, key or token is written into the source code, so everyone with the code has it.",
            "Rotate the credential, then read it from the environment or a secret manager at run time.");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)\\b(\\w*(?:" + SecretPatterns.SECRET_NAME + ")\\w*)"
            + "[\"']?\\s*(?::\\s*\\w+\\s*)?[:=]\\s*[\"']([^\"'\\s]{6,})[\"']");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (!file.file().isCode() || file.file().test()) {
            return;
        }
        for (int i = 0; i < file.lines().size(); i++) {
            if (!SecretPatterns.mayNameASecret(file.lines().get(i))) {
                continue;
            }
            Matcher m = ASSIGNMENT.matcher(file.lines().get(i));
            while (m.find()) {
                String value = m.group(2);
                // known key formats are the secrets rule's: one finding per secret
                if (!SecretPatterns.isPlaceholder(value) && !SecretPatterns.isKnownFormat(value)
                        && !looksLikeKeyName(m.group(1), value)) {
                    findings.accept(finding(file, i + 1, "hard-coded credential in '" + m.group(1) + "'",
                            m.group(1) + " = " + SecretPatterns.mask(value)));
                }
            }
        }
    }

    /** "PASSWORD_KEY = 'db.password'" names a setting; it is not the secret itself. */
    private static boolean looksLikeKeyName(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith("key") || lower.endsWith("name") || lower.endsWith("field") || lower.endsWith("env")
                || lower.endsWith("property")) && value.matches("[a-z0-9_.\\-]+") && value.contains(".")
                || value.matches("[A-Z][A-Z0-9_]+") && value.contains("_");
    }
}
