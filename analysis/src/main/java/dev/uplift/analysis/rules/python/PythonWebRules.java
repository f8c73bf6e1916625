package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.analysis.rules.java.InjectionRules;
import dev.uplift.analysis.rules.java.SecurityPatternRules;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import dev.uplift.model.TraceStep;
import org.treesitter.TSNode;

import java.util.List;
import java.util.Set;

/**
 * Request data in the web layer of Flask, Django and FastAPI apps: markup marked safe or returned as
 * HTML, a template compiled from it, an outgoing request or a redirect to an address it names, an
 * LDAP filter or XPath built from it, and request data kept in the session; plus XML parsers that read
 * external entities and cookies without Secure or HttpOnly. Rules shared with Java keep their ids.
 */
public final class PythonWebRules {
    public static final Rule XSS = new Rule("SEC-PY-XSS", "HTML from request data (Python)", Category.SECURITY,
            Severity.CRITICAL, 45, 79,
            "Request data is marked safe (Markup, mark_safe, format_html with it as the format) or returned as HTML, "
                    + "so it runs as script in the page.",
            "Render it through the template engine with autoescaping, or escape it (markupsafe.escape, html.escape).");
    public static final Rule TEMPLATE = new Rule("SEC-PY-TEMPLATE-INJECTION", "Templates from request data (Python)",
            Category.SECURITY, Severity.CRITICAL, 60, 1336,
            "render_template_string or a Template is compiled from request data: the request can run code on the server.",
            "Keep templates fixed; pass the data as variables to render_template or render_template_string.");
    public static final Rule SSRF = new Rule("SEC-PY-SSRF", "Requests to addresses from request data (Python)",
            Category.SECURITY, Severity.CRITICAL, 45, 918,
            "The server fetches a URL the request chose, so it can be pointed at internal services and cloud metadata.",
            "Fetch only from an allow-list of hosts, or map the request's choice to a fixed URL.");

    public static final Rule REDIRECT = new Rule("SEC-PY-OPEN-REDIRECT", "Redirects to request data (Python)",
            Category.SECURITY, Severity.MAJOR, 30, 601,
            "redirect() sends the user to an address taken from the request, which phishing links abuse.",
            "Redirect to relative paths you check (url_has_allowed_host_and_scheme), or to an allow-list of hosts.");

    private static final Set<String> SAFE_MARKERS = Set.of("Markup", "markupsafe.Markup", "flask.Markup", "mark_safe",
            "django.utils.safestring.mark_safe", "SafeString", "format_html");
    private static final Set<String> TEMPLATES = Set.of("render_template_string", "flask.render_template_string",
            "Template", "jinja2.Template", "Environment.from_string", "env.from_string", "from_string");
    private static final Set<String> REDIRECTS = Set.of("redirect", "flask.redirect", "HttpResponseRedirect",
            "RedirectResponse", "django.shortcuts.redirect");
    private static final java.util.regex.Pattern RESPONSE = java.util.regex.Pattern.compile(
            "(?i)(^|[._])(response|resp|res|rv|r|redirect|http_response)$");
    private static final Set<String> LDAP_SEARCHES = Set.of("search_s", "search_st", "search_ext_s", "search");
    private static final Set<String> FETCHES = Set.of("requests.get", "requests.post", "requests.put", "requests.patch",
            "requests.delete", "requests.head", "requests.request", "httpx.get", "httpx.post", "httpx.request",
            "urllib.request.urlopen", "urlopen", "aiohttp.request", "session.get", "session.post", "client.get",
            "client.post");

    private PythonWebRules() {
    }

    public static List<FileRule> all() {
        return List.of(PythonCalls.rule(XSS, PythonWebRules::xss),
                PythonCalls.rule(TEMPLATE, PythonWebRules::template), PythonCalls.rule(SSRF, PythonWebRules::ssrf),
                PythonCalls.rule(REDIRECT, PythonWebRules::redirect),
                PythonCalls.rule(InjectionRules.LDAP, PythonWebRules::ldap),
                PythonCalls.rule(InjectionRules.XPATH, PythonWebRules::xpath),
                PythonCalls.rule(SecurityPatternRules.XXE, PythonWebRules::xxe),
                PythonCalls.rule(SecurityPatternRules.INSECURE_COOKIE, PythonWebRules::cookie),
                TreeSitterRule.of(InjectionRules.TRUST_BOUNDARY, Set.of("python"), PythonWebRules::trustBoundary));
    }



    private static boolean firstArgumentFromRequest(SyntaxTree.TreeSitter tree, PythonCalls.Call call) {
        return !call.positional().isEmpty() && PythonTaint.isTainted(tree, call.index(), call.positional().get(0),
                PythonTaint.Sources.REQUEST);
    }

    private static List<TraceStep> trace(SyntaxTree.TreeSitter tree, PythonCalls.Call call) {
        return PythonTaint.trace(tree, call.index(), call.positional().get(0), PythonTaint.Sources.REQUEST);
    }

    private static void xss(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (SAFE_MARKERS.contains(call.callee()) && firstArgumentFromRequest(tree, call)) {
            report.traced(call.node(), call.callee() + "() marks request data as safe HTML", trace(tree, call));
        } else if ((call.callee().equals("make_response") || call.callee().equals("HttpResponse"))
                && firstArgumentFromRequest(tree, call) && !call.positional().isEmpty()
                && tree.text(call.positional().get(0)).contains("<")) {
            report.traced(call.node(), call.callee() + "() returns HTML built from request data", trace(tree, call));
        }
    }

    private static void template(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if ((TEMPLATES.contains(call.callee()) || call.callee().endsWith(".from_string"))
                && firstArgumentFromRequest(tree, call)) {
            report.traced(call.node(), call.callee() + "() compiles a template from request data", trace(tree, call));
        }
    }

    private static void ssrf(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (FETCHES.contains(call.callee()) && firstArgumentFromRequest(tree, call)) {
            report.traced(call.node(), call.callee() + "() to an address taken from the request", trace(tree, call));
        }
    }

    private static void redirect(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (REDIRECTS.contains(call.callee()) && firstArgumentFromRequest(tree, call)) {
            report.traced(call.node(), call.callee() + "() to an address taken from the request", trace(tree, call));
        }
    }

    /** python-ldap's search_s(base, scope, filter) and ldap3's search(base, filter): any argument after the base. */
    private static void ldap(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        if (!LDAP_SEARCHES.contains(method(call.callee()))) {
            return;
        }
        for (int i = 1; i < call.positional().size(); i++) {
            TSNode filter = call.positional().get(i);
            if (PythonTaint.isTainted(tree, call.index(), filter, PythonTaint.Sources.REQUEST)) {
                report.traced(call.node(), "LDAP search filter built from request data", PythonTaint.trace(tree,
                        call.index(), filter, PythonTaint.Sources.REQUEST));
                return;
            }
        }
    }

    private static void xpath(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        String method = method(call.callee());
        if ((method.equals("xpath") || method.equals("XPath") || method.equals("evaluate"))
                && firstArgumentFromRequest(tree, call)) {
            report.traced(call.node(), "XPath expression built from request data", trace(tree, call));
        }
    }

    /** An XML parser told to resolve external entities (lxml's resolve_entities, SAX's external-general-entities). */
    private static void xxe(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        boolean lxml = method(call.callee()).equals("XMLParser") && PythonCalls.keyword(tree, call, "resolve_entities")
                .map(v -> tree.text(v).equals("True")).orElse(false)
                && PythonCalls.keyword(tree, call, "no_network").map(v -> tree.text(v).equals("False")).orElse(true);
        boolean sax = method(call.callee()).equals("setFeature") && call.positional().size() == 2
                && tree.text(call.positional().get(0)).matches("(?s).*(feature_external_ges|feature_external_pes|"
                + "external-general-entities|external-parameter-entities).*")
                && tree.text(call.positional().get(1)).equals("True");
        if (lxml || sax) {
            report.at(call.node(), lxml ? "XMLParser(resolve_entities=True) reads external entities"
                    : "the SAX parser is told to read external entities");
        }
    }

    /**
     * A response's set_cookie without secure or httponly, or with them False; a value computed from the
     * configuration is the configuration's business. A cookie jar's set_cookie is a client's, not a response's.
     */
    private static void cookie(SyntaxTree.TreeSitter tree, PythonCalls.Call call, TreeSitterRule.Report report) {
        String callee = call.callee();
        String receiver = callee.contains(".") ? callee.substring(0, callee.lastIndexOf('.')) : "";
        if (!method(callee).equals("set_cookie") || !RESPONSE.matcher(receiver).find()) {
            return;
        }
        boolean secure = PythonCalls.keyword(tree, call, "secure").map(v -> !tree.text(v).equals("False")).orElse(false);
        boolean httpOnly = PythonCalls.keyword(tree, call, "httponly").map(v -> !tree.text(v).equals("False"))
                .orElse(false);
        if (!secure || !httpOnly) {
            report.at(call.node(), "set_cookie() without " + (!secure && !httpOnly ? "secure=True and httponly=True"
                    : !secure ? "secure=True" : "httponly=True"));
        }
    }

    /** Request data stored in the session, where the rest of the app trusts it. */
    private static void trustBoundary(SyntaxTree.TreeSitter tree, TreeSitterRule.Report report) {
        for (int i : tree.nodes().indicesOf("assignment")) {
            TSNode node = tree.nodes().node(i);
            TSNode left = node.getChildByFieldName("left");
            TSNode right = node.getChildByFieldName("right");
            if (left != null && right != null && !right.isNull() && tree.text(left).matches("(?:flask\\.)?session\\[.*")
                    && PythonTaint.isTainted(tree, i, right, PythonTaint.Sources.REQUEST)) {
                report.traced(node, "request data stored in the session", PythonTaint.trace(tree, i, right,
                        PythonTaint.Sources.REQUEST));
            }
        }
    }

    private static String method(String callee) {
        return callee.substring(callee.lastIndexOf('.') + 1);
    }
}
