package dev.uplift.analysis.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What secrets look like: known key formats, secret-looking names, placeholders that are not
 * secrets, and the masking every secret gets before it leaves the scanner.
 */
final class SecretPatterns {
    /** A known credential format; group 1 is the secret. */
    /**
     * A known key format; every match contains one of {@code keywords} (lower case), which a file must
     * hold before the pattern runs on its lines.
     */
    record KeyFormat(String name, Pattern pattern, List<String> keywords) {
    }

    static final List<KeyFormat> KEY_FORMATS = List.of(
            new KeyFormat("AWS access key id", Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"), List.of("akia", "asia")),
            new KeyFormat("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b"), List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
            new KeyFormat("GitHub fine-grained token", Pattern.compile("\\b(github_pat_[A-Za-z0-9_]{60,255})\\b"), List.of("github_pat_")),
            new KeyFormat("GitLab token", Pattern.compile("\\b(glpat-[A-Za-z0-9_\\-]{20,})"), List.of("glpat-")),
            new KeyFormat("Slack token", Pattern.compile("\\b(xox[abprs]-[A-Za-z0-9-]{10,})"), List.of("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-")),
            new KeyFormat("Slack webhook", Pattern.compile("(https://hooks\\.slack\\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+)"), List.of("hooks.slack.com/services/")),
            new KeyFormat("Stripe live key", Pattern.compile("\\b((?:sk|rk)_live_[0-9a-zA-Z]{16,})"), List.of("sk_live_", "rk_live_")),
            new KeyFormat("Anthropic API key", Pattern.compile("\\b(sk-ant-[A-Za-z0-9_\\-]{20,})"), List.of("sk-ant-")),
            new KeyFormat("OpenAI API key", Pattern.compile("\\b(sk-(?:proj-)?[A-Za-z0-9_\\-]{32,})"), List.of("sk-")),
            new KeyFormat("Google API key", Pattern.compile("\\b(AIza[0-9A-Za-z_\\-]{35})"), List.of("aiza")),
            new KeyFormat("SendGrid API key", Pattern.compile("\\b(SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43})"), List.of("sg.")),
            new KeyFormat("Twilio API key", Pattern.compile("\\b(SK[0-9a-f]{32})\\b"), List.of("sk")),
            new KeyFormat("Hugging Face token", Pattern.compile("\\b(hf_[A-Za-z0-9]{34,})\\b"), List.of("hf_")),
            new KeyFormat("Pinecone API key", Pattern.compile("\\b(pcsk_[A-Za-z0-9_]{40,})"), List.of("pcsk_")),
            new KeyFormat("Groq API key", Pattern.compile("\\b(gsk_[A-Za-z0-9]{48,})\\b"), List.of("gsk_")),
            new KeyFormat("xAI API key", Pattern.compile("\\b(xai-[A-Za-z0-9]{60,})\\b"), List.of("xai-")),
            new KeyFormat("Perplexity API key", Pattern.compile("\\b(pplx-[A-Za-z0-9]{40,})\\b"), List.of("pplx-")),
            new KeyFormat("Replicate API token", Pattern.compile("\\b(r8_[A-Za-z0-9]{37,})\\b"), List.of("r8_")),
            new KeyFormat("LangSmith API key", Pattern.compile("\\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\\b"), List.of("lsv2_")),
            new KeyFormat("npm token", Pattern.compile("\\b(npm_[A-Za-z0-9]{36})\\b"), List.of("npm_")),
            new KeyFormat("PyPI token", Pattern.compile("\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,})"), List.of("pypi-ageichlwas5vcmc")),
            new KeyFormat("Shopify access token", Pattern.compile("\\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\\b"), List.of("shpat_", "shpca_", "shppa_", "shpss_")),
            new KeyFormat("DigitalOcean token", Pattern.compile("\\b(do[opr]_v1_[a-f0-9]{64})\\b"), List.of("dop_v1_", "doo_v1_", "dor_v1_")),
            new KeyFormat("Databricks token", Pattern.compile("\\b(dapi[a-f0-9]{32}(?:-\\d)?)\\b"), List.of("dapi")),
            new KeyFormat("Linear API key", Pattern.compile("\\b(lin_api_[A-Za-z0-9]{40})\\b"), List.of("lin_api_")),
            new KeyFormat("Notion token", Pattern.compile("\\b((?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,}))\\b"), List.of("secret_", "ntn_")),
            new KeyFormat("New Relic key", Pattern.compile("\\b(NRAK-[A-Z0-9]{27})\\b"), List.of("nrak-")),
            new KeyFormat("Atlassian API token", Pattern.compile("\\b(ATATT3[A-Za-z0-9_\\-=]{150,})"), List.of("atatt3")),
            new KeyFormat("Telegram bot token", Pattern.compile("\\b(\\d{8,10}:AA[A-Za-z0-9_\\-]{33})\\b"), List.of(":aa")),
            new KeyFormat("Azure storage account key", Pattern.compile("AccountKey=([A-Za-z0-9+/]{86}==)"), List.of("accountkey=")),
            new KeyFormat("Mailchimp API key", Pattern.compile("\\b([a-f0-9]{32}-us\\d{1,2})\\b"), List.of("-us")),
            new KeyFormat("Square access token", Pattern.compile("\\b(sq0atp-[A-Za-z0-9_\\-]{22}|EAAA[A-Za-z0-9_\\-]{60})\\b"), List.of("sq0atp-", "eaaa")),
            new KeyFormat("private key", Pattern.compile("(-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----)"), List.of("-----begin")),
            new KeyFormat("JSON Web Token", Pattern.compile("\\b(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})"), List.of("eyj")),
            new KeyFormat("password in a connection string", Pattern.compile(
                    "\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver)://[^:@\\s/]+:([^@\\s]{3,})@"), List.of("://")));
    private static final KeywordMatcher FORMAT_WORDS = new KeywordMatcher(KEY_FORMATS.stream()
            .map(KeyFormat::keywords).toList());

    /** Bit i is set when the text holds a keyword of {@code KEY_FORMATS.get(i)}: only those can match. */
    static long formatsIn(String text) {
        return FORMAT_WORDS.scan(text);
    }


    /** Words that make a name secret-looking. */
    /** Words one of which every {@link #SECRET_NAME} contains: lines without them cannot assign a secret. */
    private static final KeywordMatcher NAME_WORDS = new KeywordMatcher(List.of(List.of("pass", "pwd", "secret",
            "token", "key", "credential")));

    /** Whether the line may hold a secret-looking name (a cheap test before the assignment patterns). */
    static boolean mayNameASecret(String line) {
        return NAME_WORDS.scan(line) != 0;
    }

    static final String SECRET_NAME = "password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|"
            + "client[_-]?secret|credentials?";

    /** A secret-looking name followed by = or : and a value; group 1 name, group 2 value (quotes stripped). */
    static final Pattern ASSIGNMENT = Pattern.compile("(?i)^[\\s\"']*(?:export\\s+)?([\\w.\\-]*(?:" + SECRET_NAME
            + ")[\\w.\\-]*)[\"']?\\s*[:=]\\s*[\"']?([^\"'\\s,}]+)");

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(?:\\$\\{.*|\\$\\(.*|\\{\\{.*|%\\(.*|<.*>|\\$[A-Z_]+.*|"
            + ".*(?:changeme|change[_-]me|your[_-]|example|placeholder|dummy|sample|redacted|replace|fake|todo|"
            + "secret[_-]?here|here|test|localhost|none|null|undefined|password|passwd|xxxx|\\*\\*\\*).*|x+|true|false|"
            + "\\d{1,12}|[a-z]+(?:[._-][a-z]+)*)$");

    private SecretPatterns() {
    }

    /** Whether a value is a placeholder, an empty value, a reference or a plain word rather than a secret. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        return v.length() < 8 || PLACEHOLDER.matcher(v).matches();
    }

    /** Whether the value is in a known key format (reported as such, not as a named credential). */
    static boolean isKnownFormat(String value) {
        return KEY_FORMATS.stream().anyMatch(f -> f.pattern().matcher(value).find());
    }

    /** Bits of Shannon entropy per character: random keys score high, words and repeats low. */
    static double entropy(String s) {
        int[] counts = new int[128];
        int other = 0;
        for (char c : s.toCharArray()) {
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int n : counts) {
            if (n > 0) {
                double p = (double) n / s.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / s.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** What may be shown of a secret: its first four characters and a short hash to tell secrets apart. */
    static String mask(String secret) {
        return secret.substring(0, Math.min(4, secret.length())) + "… (sha256:" + hash(secret) + ")";
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether the file is a committed environment file (not an example or template of one). */
    static boolean isEnvFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return (n.equals(".env") || n.startsWith(".env.") || n.endsWith(".env"))
                && !n.matches(".*(example|sample|template|dist|defaults?)$");
    }
}
