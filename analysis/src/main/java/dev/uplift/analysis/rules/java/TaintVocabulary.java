package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.Locale;
import java.util.Set;

/**
 * What the taint tracker knows of Java's APIs: which calls and parameters bring outside data in, which
 * clean it, and which pass it on. The tracker ({@link TaintTracker}) follows the data; this says what
 * the calls mean.
 */
final class TaintVocabulary {
    static final Set<String> SOURCE_CALLS = Set.of("getParameter", "getParameterValues", "getParameterMap",
            "getHeader", "getHeaders", "getQueryString", "getCookies", "getPathInfo", "getRequestURI", "getRequestURL",
            "getInputStream", "getReader", "getRemoteUser", "getPart", "getParts", "getenv", "readLine", "readString",
            "readAllLines", "nextLine", "getQueryParameters", "getPathParameters", "getFirst", "queryParam",
            "pathParam", "formParam", "header", "body");
    static final Set<String> SOURCE_ANNOTATIONS = Set.of("RequestParam", "PathVariable", "RequestHeader",
            "CookieValue", "RequestBody", "QueryParam", "PathParam", "HeaderParam", "FormParam", "CookieParam",
            "MatrixParam", "ModelAttribute");
    static final Set<String> CONVERTED_TYPES = Set.of("Integer", "Long", "Short", "Byte", "Double", "Float",
            "Boolean", "UUID", "LocalDate", "LocalDateTime", "Instant", "BigDecimal", "BigInteger");
    static final Set<String> SANITIZERS = Set.of("parseInt", "parseLong", "parseDouble", "parseBoolean",
            "valueOf#Integer", "valueOf#Long", "fromString", "forHtml", "forHtmlContent", "forHtmlAttribute",
            "forJavaScript", "forUriComponent", "htmlEscape", "escapeHtml4", "escapeHtml", "escapeXml", "escapeSql",
            "encodeForHTML", "encodeForSQL", "encodeForLDAP", "encodeForXPath", "encodeForOS", "clean",
            "getFileName", "getName#FilenameUtils", "quote#Pattern", "size", "length", "isEmpty", "equals",
            "contains", "matches", "startsWith", "endsWith", "hashCode", "compareTo", "indexOf");
    /** Calls whose result carries the taint of their receiver or arguments (string and collection plumbing). */
    static final Set<String> PROPAGATORS = Set.of("toString", "trim", "strip", "toLowerCase", "toUpperCase",
            "substring", "concat", "replace", "format", "formatted", "join", "valueOf", "get", "getOrDefault",
            "getValue", "getKey", "next", "append", "insert", "toArray", "split", "repeat", "stream", "collect",
            "orElse", "of", "asList", "copyOf", "values", "keySet", "entrySet", "iterator", "build", "getBytes",
            "decode", "readAllBytes", "lines", "chars", "subList", "first", "getString", "resolve", "resolveSibling",
            "normalize", "toAbsolutePath", "toPath", "toFile", "getAbsolutePath", "getPath", "toURI", "ofNullable",
            "map", "filter", "orElseGet", "orElseThrow", "requireNonNull", "requireNonNullElse");
    static final Set<String> ADDERS = Set.of("add", "addAll", "put", "putAll", "append", "insert", "offer",
            "push", "set", "addFirst", "addLast");

    private TaintVocabulary() {
    }

    /** Whether the call reads outside data: the name and, where the name alone is too common, the receiver. */
    static boolean isSource(MethodCallExpr call, String name, String scope) {
        if (!SOURCE_CALLS.contains(name)) {
            return false;
        }
        return switch (name) {
            case "getenv" -> scope.equals("System");
            case "readString", "readAllLines" -> scope.equals("Files");
            case "readLine", "nextLine" -> true;
            case "getFirst", "queryParam", "pathParam", "formParam", "header", "body" ->
                    scope.toLowerCase(Locale.ROOT).matches(".*(request|req|ctx|context|exchange|params).*");
            default -> scope.toLowerCase(Locale.ROOT).matches(".*(request|req|httpservlet|servlet|exchange).*")
                    || name.equals("getCookies") || name.equals("getQueryString") || name.equals("getParameter");
        };
    }

    /** Where a source call's data comes from, in words for a finding. */
    static String describe(String name, String scope) {
        return switch (name) {
            case "getenv" -> "the environment";
            case "readString", "readAllLines", "readLine", "nextLine" -> "a file or stream read";
            case "getHeader", "getHeaders", "header" -> "an HTTP header";
            case "getCookies" -> "a cookie";
            default -> "the HTTP request (" + scope + "." + name + ")";
        };
    }

    /** Whether anything in the unit can be a source: a source call or an annotated handler parameter. */
    static boolean mayHoldSources(CompilationUnit unit) {
        return JavaNodes.of(unit).all(MethodCallExpr.class).stream()
                .anyMatch(m -> SOURCE_CALLS.contains(m.getNameAsString()))
                || JavaNodes.of(unit).all(Parameter.class).stream().anyMatch(p -> p.getAnnotations().stream()
                .anyMatch(a -> SOURCE_ANNOTATIONS.contains(a.getNameAsString())));
    }

    /**
     * Whether a handler parameter brings request data in: annotated as one, and not of a type the
     * framework converts first (an int, long, UUID or date cannot carry an injection).
     */
    static boolean isSourceParameter(Parameter p) {
        boolean converted = p.getType().isPrimitiveType() || CONVERTED_TYPES.contains(p.getTypeAsString());
        return !converted && p.getAnnotations().stream()
                .anyMatch(a -> SOURCE_ANNOTATIONS.contains(a.getNameAsString()));
    }

    /** Whether the call's result is clean whatever went in: a parse, an encoder, a test of the value. */
    static boolean sanitizes(String name, String scope) {
        return SANITIZERS.contains(name) || SANITIZERS.contains(name + "#" + JavaNodes.lastSegment(scope));
    }
}
