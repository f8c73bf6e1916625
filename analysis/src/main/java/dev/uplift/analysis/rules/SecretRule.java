package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in every text file — source, {@code .env*}, YAML, JSON, properties, Dockerfiles, CI files,
 * scripts: known key formats anywhere, and high-entropy values assigned to secret-looking names in
 * configuration. Placeholders are not secrets. A secret is never kept: findings hold its first four
 * characters and a hash. A live value in a committed {@code .env} file is a blocker.
 */
final class SecretRule implements FileRule {
    static final Rule RULE = new Rule("SEC-SECRET", "Secrets in the repository", Category.SECURITY,
            Severity.CRITICAL, 60, 798,
            "A live credential (API key, token, private key, password) is committed to the repository.",
            "Revoke and rotate it now, remove it from the history, and load it from a secret manager or the "
                    + "deployment's environment.");
    static final Rule ENV_RULE = new Rule("SEC-ENV-FILE", "Live secrets in committed .env files", Category.SECURITY,
            Severity.BLOCKER, 60, 798,
            "A committed .env file holds live-looking secret values: everyone with the repository has them.",
            "Rotate the values, delete the file from the repository and its history, commit a .env.example with "
                    + "placeholders instead, and ignore .env.");
    static final double MIN_ENTROPY = 3.0;
    /** A value that is code, not a literal: request.form['password'], os.environ.get(…), settings.KEY. */
    private static final Pattern CODE_VALUE = Pattern.compile("^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*\\s*[(\\[]"
            + "|^(?=[^0-9]{1,60}$)[A-Za-z_$][\\w$]*\\.[A-Za-z_$][\\w$.]*$"); // settings.KEY; not a JWT (digits)
    /** Documentation formats; a .txt file is as often a dump of keys as a note, so it is not one of them. */
    private static final Pattern DOCUMENTATION = Pattern.compile("(?i).+\\.(md|markdown|rst|adoc|asciidoc)");
    private static final int MAX_LINE = 4000;

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        boolean env = SecretPatterns.isEnvFile(file.file().fileName());
        boolean config = !file.file().isCode();
        long formats = SecretPatterns.formatsIn(String.join("\n", file.lines()));
        for (int i = 0; i < file.lines().size(); i++) {
            String line = file.lines().get(i);
            if (line.length() > MAX_LINE) {
                continue; // minified or generated: too long to be configuration
            }
            if (!knownFormat(file, i, line, env, formats, findings) && (config || env) && !file.file().test()
                    && SecretPatterns.mayNameASecret(line)) {
                assignment(file, i, line, env, findings);
            }
        }
    }

    private boolean knownFormat(ParsedFile file, int i, String line, boolean env, long formats,
                                Consumer<Finding> findings) {
        for (int f = 0; f < SecretPatterns.KEY_FORMATS.size(); f++) {
            if ((formats & (1L << f)) == 0) {
                continue; // the file holds none of this format's keywords
            }
            SecretPatterns.KeyFormat format = SecretPatterns.KEY_FORMATS.get(f);
            Matcher m = format.pattern().matcher(line);
            if (m.find() && !SecretPatterns.isPlaceholder(m.group(1))) {
                String secret = m.group(1);
                Finding key = Finding.of(env ? ENV_RULE : RULE, file.file().path(), i + 1,
                        format.name() + " committed to the repository", SecretPatterns.mask(secret));
                // a key in a provider's own format is live until rotated: a blocker, like a .env value
                findings.accept(inContext(file, new Finding(key.ruleId(), key.category(), Severity.BLOCKER, key.file(),
                        key.line(), key.message(), key.evidence(), key.effortMinutes(), key.cwe(), null)));
                return true;
            }
        }
        return false;
    }

    private void assignment(ParsedFile file, int i, String line, boolean env, Consumer<Finding> findings) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith("//") || stripped.startsWith(";")) {
            return;
        }
        Matcher m = SecretPatterns.ASSIGNMENT.matcher(line);
        if (!m.find()) {
            return;
        }
        String value = m.group(2);
        if (SecretPatterns.isPlaceholder(value) || SecretPatterns.entropy(value) < MIN_ENTROPY
                || CODE_VALUE.matcher(value).find()) {
            return;
        }
        findings.accept(inContext(file, Finding.of(env ? ENV_RULE : RULE, file.file().path(), i + 1,
                "secret value in '" + m.group(1) + "'" + (env ? " of a committed .env file" : ""),
                m.group(1) + " = " + SecretPatterns.mask(value))));
    }

    /**
     * A credential in documentation or test code is most often an example or a fixture: worth a look,
     * not a blocker. It is still listed, so a live key pasted there can be rotated.
     */
    private static Finding inContext(ParsedFile file, Finding finding) {
        if (DOCUMENTATION.matcher(file.file().fileName()).matches()) { // a provider's format is worth more than a name
            return finding.withSeverity(finding.severity() == Severity.BLOCKER ? Severity.MAJOR : Severity.MINOR,
                    "in documentation: most likely an example; check it is not live");
        }
        return file.file().test() ? finding.withSeverity(Severity.MAJOR, "in test code: most likely a fixture; check it "
                + "is not live") : finding;
    }
}
