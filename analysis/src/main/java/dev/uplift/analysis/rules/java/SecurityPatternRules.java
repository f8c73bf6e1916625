package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Security weaknesses visible in how an API is called, without following data: weak hashes and
 * ciphers, predictable randomness for secrets, cookies without Secure, deserialization without a
 * filter, XML parsers open to external entities, and TLS checks switched off.
 */
public final class SecurityPatternRules {
    public static final Rule WEAK_HASH = rule("SEC-WEAK-HASH", "Weak hash", 328, Severity.MAJOR,
            "MD5 or SHA-1 (or older) is used; collisions for both are practical.",
            "Use SHA-256 or better for integrity, and a password hash (PBKDF2, bcrypt, Argon2) for passwords.");
    public static final Rule WEAK_CIPHER = rule("SEC-WEAK-CIPHER", "Weak cipher or mode", 327, Severity.CRITICAL,
            "A broken cipher (DES, 3DES, RC2, RC4, Blowfish) or ECB mode (also the default of a bare \"AES\") is used.",
            "Use AES/GCM/NoPadding (or ChaCha20-Poly1305) with a fresh random IV per message.");
    public static final Rule WEAK_RANDOM = rule("SEC-WEAK-RANDOM", "Predictable randomness for secrets", 330,
            Severity.CRITICAL,
            "java.util.Random or Math.random makes a token, password, key, salt or session value: it is predictable.",
            "Use java.security.SecureRandom for anything an attacker must not guess.");
    public static final Rule INSECURE_COOKIE = rule("SEC-INSECURE-COOKIE", "Cookie without Secure flag", 614,
            Severity.MINOR, "A cookie is created without setSecure(true), so it also travels over plain HTTP.",
            "Call setSecure(true) (and setHttpOnly(true)) on every cookie, or set them in the container's config.");
    public static final Rule DESERIALIZATION = rule("SEC-UNSAFE-DESERIALIZATION", "Unsafe deserialization", 502,
            Severity.CRITICAL,
            "Objects are deserialized (ObjectInputStream without a filter, XMLDecoder, Jackson default typing), "
                    + "which lets crafted input run code through gadget classes.",
            "Use a data format (JSON into fixed types); if Java serialization must stay, set an ObjectInputFilter "
                    + "allow-list.");
    public static final Rule XXE = rule("SEC-XXE", "XML parser open to external entities", 611, Severity.MAJOR,
            "An XML parser factory is created without disabling DTDs or external entities, so a document can read "
                    + "local files or reach internal hosts.",
            "Set disallow-doctype-decl to true (or XMLInputFactory.SUPPORT_DTD to false, or ACCESS_EXTERNAL_DTD "
                    + "and ACCESS_EXTERNAL_SCHEMA to \"\") on the factory.");
    public static final Rule TLS_DISABLED = rule("SEC-TLS-VERIFICATION-DISABLED", "TLS verification disabled", 295,
            Severity.CRITICAL,
            "Certificate or hostname verification is switched off (trust-all manager, verifier that returns true), "
                    + "so anyone on the path can impersonate the server.",
            "Remove the override; add private CAs to a trust store instead of trusting everything.");

    private static final Pattern WEAK_HASHES = Pattern.compile("(?i)\"(MD2|MD4|MD5|SHA-?1|SHA)\"");
    private static final Pattern WEAK_CIPHERS = Pattern.compile("(?i)\"(DES|DESede|TripleDES|RC2|RC4|ARCFOUR|Blowfish)"
            + "(/.*)?\"|\"AES\"|\"(?!RSA|EC)[^\"]*/ECB/[^\"]*\""); // RSA/ECB names no block mode
    /** Words of a name (camelCase or snake_case) that say the value must not be guessable. */
    private static final Set<String> SECRET_WORDS = Set.of("token", "password", "passwd", "pwd", "secret", "salt",
            "nonce", "otp", "apikey", "key", "iv", "session", "sessionid", "csrf", "passphrase", "pin");
    private static final Set<String> TRUST_ALL = Set.of("TrustAllStrategy", "TrustSelfSignedStrategy",
            "InsecureTrustManagerFactory");
    private static final Pattern XXE_GUARD = Pattern.compile("disallow-doctype-decl|SUPPORT_DTD|ACCESS_EXTERNAL_DTD|"
            + "external-general-entities|FEATURE_SECURE_PROCESSING|IS_SUPPORTING_EXTERNAL_ENTITIES|"
            + "setExpandEntityReferences");

    private SecurityPatternRules() {
    }

    private static Rule rule(String id, String name, int cwe, Severity severity, String description, String fix) {
        return new Rule(id, name, Category.SECURITY, severity, 30, cwe, description, fix);
    }

    public static List<FileRule> all() {
        return List.of(JavaRule.of(WEAK_HASH, SecurityPatternRules::weakHash), JavaRule.of(WEAK_CIPHER, SecurityPatternRules::weakCipher),
                JavaRule.of(WEAK_RANDOM, SecurityPatternRules::weakRandom),
                JavaRule.of(INSECURE_COOKIE, SecurityPatternRules::insecureCookie),
                JavaRule.of(DESERIALIZATION, SecurityPatternRules::deserialization), JavaRule.of(XXE, SecurityPatternRules::xxe),
                JavaRule.of(TLS_DISABLED, SecurityPatternRules::tlsDisabled));
    }

    private static String scope(MethodCallExpr m) {
        return m.getScope().map(Expression::toString).orElse("");
    }

    private static void weakHash(CompilationUnit unit, JavaRule.Report report) {
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String name = m.getNameAsString();
            if (name.equals("getInstance") && scope(m).endsWith("MessageDigest") && !m.getArguments().isEmpty()
                    && WEAK_HASHES.matcher(m.getArgument(0).toString()).matches()) {
                report.at(m, "MessageDigest " + m.getArgument(0) + " is a weak hash");
            } else if (scope(m).endsWith("DigestUtils") && name.matches("(md5|sha1|sha|md2)(Hex)?")) {
                report.at(m, "DigestUtils." + name + " is a weak hash");
            }
        }
    }

    private static void weakCipher(CompilationUnit unit, JavaRule.Report report) {
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (m.getNameAsString().equals("getInstance") && scope(m).endsWith("Cipher") && !m.getArguments().isEmpty()
                    && WEAK_CIPHERS.matcher(m.getArgument(0).toString()).matches()) {
                report.at(m, "Cipher " + m.getArgument(0) + " is a weak cipher or mode");
            }
        }
    }

    private static void weakRandom(CompilationUnit unit, JavaRule.Report report) {
        for (ObjectCreationExpr o : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            if (o.getType().getNameAsString().equals("Random") && securityContext(o)) {
                report.at(o, "java.util.Random used for a secret value");
            }
        }
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (m.getNameAsString().equals("random") && scope(m).equals("Math") && securityContext(m)) {
                report.at(m, "Math.random() used for a secret value");
            }
        }
    }

    /** The value lands in, or the method is named for, a token, password, key, salt or session value. */
    private static boolean securityContext(Node node) {
        Optional<String> assigned = node.findAncestor(VariableDeclarator.class).map(VariableDeclarator::getNameAsString)
                .or(() -> node.findAncestor(AssignExpr.class).map(a -> a.getTarget().toString()));
        Optional<String> method = node.findAncestor(MethodDeclaration.class).map(MethodDeclaration::getNameAsString);
        // new Random().nextBytes(iv): the buffer it fills names the value
        Optional<String> filled = node.getParentNode().filter(p -> p instanceof MethodCallExpr call
                        && call.getNameAsString().equals("nextBytes") && call.getArguments().size() == 1)
                .map(p -> ((MethodCallExpr) p).getArgument(0).toString());
        if (filled.filter(SecurityPatternRules::namesASecret).isPresent()) {
            return true;
        }
        return assigned.filter(SecurityPatternRules::namesASecret).isPresent()
                || method.filter(SecurityPatternRules::namesASecret).isPresent();
    }

    /** "resetToken", "api_key", "sessionId" name secrets; "shuffleSeed", "deliveryDate" do not. */
    static boolean namesASecret(String name) {
        for (String word : name.split("(?<=[a-z0-9])(?=[A-Z])|[_\\W]+")) {
            if (SECRET_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void insecureCookie(CompilationUnit unit, JavaRule.Report report) {
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (m.getNameAsString().equals("setSecure") && m.getArguments().size() == 1
                    && m.getArgument(0).isBooleanLiteralExpr() && !m.getArgument(0).asBooleanLiteralExpr().getValue()) {
                report.at(m, "cookie explicitly sent without the Secure flag");
            }
        }
        for (ObjectCreationExpr o : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            if (!o.getType().getNameAsString().equals("Cookie")) {
                continue;
            }
            Optional<String> variable = o.findAncestor(VariableDeclarator.class).map(VariableDeclarator::getNameAsString);
            Node scope = o.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(o);
            boolean secured = variable.isPresent() && scope.findAll(MethodCallExpr.class).stream().anyMatch(m ->
                    m.getNameAsString().equals("setSecure") && scope(m).equals(variable.get()));
            if (!secured) {
                report.at(o, "cookie created without setSecure(true)");
            }
        }
    }

    private static void deserialization(CompilationUnit unit, JavaRule.Report report) {
        boolean filtered = JavaNodes.of(unit).all(MethodCallExpr.class).stream()
                .anyMatch(m -> m.getNameAsString().equals("setObjectInputFilter"));
        boolean fromRequests = TaintVocabulary.mayHoldSources(unit);
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String name = m.getNameAsString();
            if ((name.equals("readObject") || name.equals("readUnshared")) && m.getArguments().isEmpty() && !filtered
                    && m.getScope().isPresent() && !m.getScope().get().isThisExpr()
                    && !scope(m).startsWith("new XMLDecoder") // reported where the decoder is created
                    && !m.findAncestor(MethodDeclaration.class).map(d -> d.getNameAsString().equals("readObject"))
                    .orElse(false)) {
                if (fromRequests) {
                    report.at(m, name + "() deserializes without an ObjectInputFilter in code that handles requests");
                } else { // a serialization helper's deliberate API, or the class's own files
                    report.review(m, name + "() deserializes without an ObjectInputFilter");
                }
            } else if (name.matches("enableDefaultTyping|activateDefaultTyping")) {
                report.at(m, "Jackson default typing lets the input choose classes");
            }
        }
        for (ObjectCreationExpr o : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            if (o.getType().getNameAsString().equals("XMLDecoder")) {
                report.at(o, "XMLDecoder runs what the document says");
            }
        }
    }

    private static void xxe(CompilationUnit unit, JavaRule.Report report) {
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            String s = scope(m);
            if (!m.getNameAsString().matches("newInstance|newFactory|newDefaultInstance")
                    || !s.matches(".*(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|"
                    + "SchemaFactory|SAXReader|SAXBuilder)")) {
                continue;
            }
            Node where = m.findAncestor(CallableDeclaration.class).map(n -> (Node) n).orElse(unit);
            if (!XXE_GUARD.matcher(where.toString()).find()) {
                report.at(m, JavaNodes.lastSegment(s) + " created without disabling DTDs and external entities");
            }
        }
    }

    private static void tlsDisabled(CompilationUnit unit, JavaRule.Report report) {
        for (MethodDeclaration m : JavaNodes.of(unit).all(MethodDeclaration.class)) {
            String name = m.getNameAsString();
            if (name.matches("checkServerTrusted|checkClientTrusted") && m.getBody().map(b -> b.getStatements().isEmpty())
                    .orElse(false)) {
                report.at(m.getName(), name + " accepts every certificate");
            } else if (name.equals("verify") && m.getParameters().size() == 2
                    && m.getParameter(1).getTypeAsString().endsWith("SSLSession") && returnsOnlyTrue(m)) {
                report.at(m.getName(), "HostnameVerifier accepts every host name");
            }
        }
        for (MethodCallExpr m : JavaNodes.of(unit).all(MethodCallExpr.class)) {
            if (m.getNameAsString().matches("setHostnameVerifier|setDefaultHostnameVerifier|setSSLHostnameVerifier")
                    && !m.getArguments().isEmpty() && (m.getArgument(0) instanceof LambdaExpr l
                    && l.getExpressionBody().map(e -> e.toString().equals("true")).orElse(false)
                    || m.getArgument(0).toString().contains("NoopHostnameVerifier")
                    || m.getArgument(0).toString().contains("ALLOW_ALL"))) {
                report.at(m, "hostname verification disabled");
            }
        }
        for (ObjectCreationExpr o : JavaNodes.of(unit).all(ObjectCreationExpr.class)) {
            if (TRUST_ALL.contains(o.getType().getNameAsString())) {
                report.at(o, o.getType().getNameAsString() + " trusts any certificate");
            }
        }
        for (com.github.javaparser.ast.expr.FieldAccessExpr f : JavaNodes.of(unit).all(com.github.javaparser.ast.expr.FieldAccessExpr.class)) {
            if (f.getNameAsString().equals("INSTANCE") && f.getScope().isNameExpr()
                    && TRUST_ALL.contains(f.getScope().asNameExpr().getNameAsString())) {
                report.at(f, f.getScope() + " trusts any certificate");
            }
        }
    }

    private static boolean returnsOnlyTrue(MethodDeclaration m) {
        List<ReturnStmt> returns = m.findAll(ReturnStmt.class);
        return !returns.isEmpty() && returns.stream().allMatch(r -> r.getExpression().map(x -> x.toString().equals("true"))
                .orElse(false));
    }
}
