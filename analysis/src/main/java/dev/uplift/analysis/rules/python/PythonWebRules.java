package dev.uplift.analysis.rules.python;

import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.rules.FileRule;
import dev.uplift.analysis.rules.TreeSitterRule;
import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;
import dev.uplift.model.TraceStep;

import java.util.List;
import java.util.Set;

/**
 * Request data in the web layer of Flask, Django and FastAPI apps: markup marked safe or returned as
 * HTML, a template compiled from it, and an outgoing request to an address it names.
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

    private static final Set<String> SAFE_MARKERS = Set.of("Markup", "markupsafe.Markup", "flask.Markup", "mark_safe",
            "django.utils.safestring.mark_safe", "SafeString", "format_html");
    private static final Set<String> TEMPLATES = Set.of("render_template_string", "flask.render_template_string",
            "Template", "jinja2.Template", "Environment.from_string", "env.from_string", "from_string");
    private static final Set<String> FETCHES = Set.of("requests.get", "requests.post", "requests.put", "requests.patch",
            "requests.delete", "requests.head", "requests.request", "httpx.get", "httpx.post", "httpx.request",
            "urllib.request.urlopen", "urlopen", "aiohttp.request", "session.get", "session.post", "client.get",
            "client.post");

    private PythonWebRules() {
    }

    public static List<FileRule> all() {
        return List.of(PythonCalls.rule(XSS, PythonWebRules::xss),
                PythonCalls.rule(TEMPLATE, PythonWebRules::template), PythonCalls.rule(SSRF, PythonWebRules::ssrf));
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
}
