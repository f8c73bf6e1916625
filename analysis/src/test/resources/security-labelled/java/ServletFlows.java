package labelled;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

class ServletFlows {
    private static final boolean TRACE = false;

    // ---- cookies, headers and bodies as sources ----
    void f1(HttpServletRequest request, Statement stmt) throws Exception {
        for (Cookie c : request.getCookies()) {
            stmt.executeQuery("SELECT * FROM prefs WHERE k = '" + c.getValue() + "'"); // vulnerable: SEC-SQL-INJECTION
        }
    }

    void f2(HttpServletRequest request, Statement stmt) throws Exception {
        BufferedReader body = request.getReader();
        String line = body.readLine();
        stmt.execute("INSERT INTO raw VALUES ('" + line + "')"); // vulnerable: SEC-SQL-INJECTION
    }

    void f3(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String agent = request.getHeader("User-Agent");
        response.getWriter().println("Your browser: " + agent); // vulnerable: SEC-XSS
    }

    void f4(HttpServletRequest request, Statement stmt) throws Exception {
        Map<String, String[]> params = request.getParameterMap();
        stmt.executeQuery("SELECT * FROM t WHERE a = '" + params.get("a")[0] + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void f5(HttpServletRequest request) throws Exception {
        String uri = request.getRequestURI();
        new FileInputStream("/srv/www" + uri); // vulnerable: SEC-PATH-TRAVERSAL
    }

    // ---- files and environment as sources ----
    void f6(Statement stmt) throws Exception {
        for (String line : Files.readAllLines(Paths.get("/etc/app/imports.txt"))) {
            stmt.execute("INSERT INTO imports VALUES ('" + line + "')"); // vulnerable: SEC-SQL-INJECTION
        }
    }

    void f7() throws Exception {
        String home = System.getenv("DATA_HOME");
        new File(home, System.getenv("DATA_FILE")); // vulnerable: SEC-PATH-TRAVERSAL
    }

    // ---- collections, arrays, loops, helpers ----
    void f8(HttpServletRequest request, Statement stmt) throws Exception {
        List<String> names = new ArrayList<>(Arrays.asList(request.getParameterValues("n")));
        String joined = String.join("','", names);
        stmt.executeQuery("SELECT * FROM t WHERE n IN ('" + joined + "')"); // vulnerable: SEC-SQL-INJECTION
    }

    void f9(HttpServletRequest request, Statement stmt) throws Exception {
        Map<String, Object> row = new HashMap<>();
        row.put("name", request.getParameter("name"));
        stmt.executeUpdate("UPDATE t SET name = '" + row.get("name") + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void f10(HttpServletRequest request, Statement stmt) throws Exception {
        String sql = "SELECT * FROM t WHERE 1=1";
        for (String k : request.getParameterValues("k")) {
            sql = sql + " AND k = '" + k + "'";
        }
        stmt.executeQuery(sql); // vulnerable: SEC-SQL-INJECTION
    }

    void f11(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(select("users", filter(request))); // vulnerable: SEC-SQL-INJECTION
    }

    private String filter(HttpServletRequest request) {
        return "name = '" + request.getParameter("name") + "'";
    }

    private String select(String table, String where) {
        return "SELECT * FROM " + table + " WHERE " + where;
    }

    void f12(HttpServletRequest request, HttpServletResponse response) throws Exception {
        StringBuilder html = new StringBuilder("<ul>");
        for (String item : request.getParameterValues("item")) {
            html.append("<li>").append(item).append("</li>");
        }
        response.getWriter().write(html.toString()); // vulnerable: SEC-XSS
    }

    void f13(HttpServletRequest request) {
        request.getSession(true).setAttribute("redirect", request.getParameter("next")); // vulnerable: SEC-TRUST-BOUNDARY
    }

    void f14(HttpServletRequest request, Statement stmt) throws Exception {
        String id = request.getParameter("id");
        String sql = id != null ? "SELECT * FROM t WHERE id = " + id : "SELECT * FROM t";
        stmt.executeQuery(sql); // vulnerable: SEC-SQL-INJECTION
    }

    // ---- safe counterparts ----
    void s1(HttpServletRequest request, Statement stmt) throws Exception {
        for (Cookie c : request.getCookies()) {
            stmt.executeQuery("SELECT count(*) FROM prefs"); // safe: SEC-SQL-INJECTION
        }
    }

    void s2(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.getWriter().println("Hello"); // safe: SEC-XSS
    }

    void s3(HttpServletRequest request, Statement stmt) throws Exception {
        String a = request.getParameter("a");
        if (TRACE) {
            stmt.execute("INSERT INTO trace VALUES ('" + a + "')"); // safe: SEC-SQL-INJECTION
        }
    }

    void s4(HttpServletRequest request, Statement stmt) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (String s : request.getParameterValues("id")) {
            ids.add(Integer.parseInt(s));
        }
        stmt.executeQuery("SELECT * FROM t WHERE id = " + ids.size()); // safe: SEC-SQL-INJECTION
    }

    void s5(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(select("users", "active = true")); // safe: SEC-SQL-INJECTION
    }

    void s6(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean known = request.getParameter("user") != null;
        response.getWriter().write(known ? "<p>welcome back</p>" : "<p>hello</p>"); // safe: SEC-XSS
    }

    void s7(HttpServletRequest request) {
        request.getSession().setAttribute("lastSeen", System.currentTimeMillis()); // safe: SEC-TRUST-BOUNDARY
    }

    void s8() throws Exception {
        new FileInputStream("/etc/app/config.properties"); // safe: SEC-PATH-TRAVERSAL
    }

    void s9(HttpServletRequest request, Statement stmt) throws Exception {
        String q = request.getParameter("q");
        q = q.replace("'", "''");
        String safe = String.valueOf(q.length());
        stmt.executeQuery("SELECT * FROM t LIMIT " + safe); // safe: SEC-SQL-INJECTION
    }

    void s10(HttpServletRequest request, Statement stmt) throws Exception {
        Map<String, String> columns = Map.of("date", "created_at", "name", "name");
        String col = columns.getOrDefault("name", "id");
        stmt.executeQuery("SELECT * FROM t ORDER BY " + col); // safe: SEC-SQL-INJECTION
    }

    void s11(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String msg = request.getParameter("msg");
        response.setHeader("X-Len", String.valueOf(msg.length()));
        response.getWriter().print("ok"); // safe: SEC-XSS
    }

    void s12(HttpServletRequest request) throws Exception {
        String name = new File(request.getParameter("f")).getName(); // safe: SEC-PATH-TRAVERSAL
        new File("/srv/files", "thumbnail.png"); // safe: SEC-PATH-TRAVERSAL
    }

    void s13(Statement stmt, List<String> migrationFiles) throws Exception {
        for (String f : migrationFiles) {
            stmt.execute("SELECT 1"); // safe: SEC-SQL-INJECTION
        }
    }

    void s14(HttpServletRequest request, Statement stmt) throws Exception {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d+")) {
            return;
        }
        long n = Long.parseLong(id);
        stmt.executeQuery("SELECT * FROM t WHERE id = " + n); // safe: SEC-SQL-INJECTION
    }

    void s15(HttpServletRequest request, Statement stmt) throws Exception {
        String sql = "SELECT * FROM t";
        String ignored = request.getParameter("x") + sql;
        stmt.executeQuery(sql); // safe: SEC-SQL-INJECTION
    }

    void s16(HttpServletRequest request) {
        request.getSession().setAttribute("role", "guest"); // safe: SEC-TRUST-BOUNDARY
    }

    void s17(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String n = request.getParameter("n");
        response.getWriter().print(org.apache.commons.text.StringEscapeUtils.escapeHtml4(n)); // safe: SEC-XSS
    }

    void s18() throws Exception {
        Runtime.getRuntime().exec(new String[] {"/usr/bin/logrotate", "/etc/logrotate.conf"}); // safe: SEC-COMMAND-INJECTION
    }

    Object s20(HttpServletRequest request, RouteTable routes) {
        return routes.resolve(request.getRequestURI()); // safe: SEC-PATH-TRAVERSAL
    }

    interface RouteTable {
        Object resolve(String uri);
    }

    void s19(HttpServletRequest request) throws Exception {
        int level = Integer.parseInt(request.getParameter("level"));
        new ProcessBuilder("nice", "-n", String.valueOf(level), "/opt/job").start(); // safe: SEC-COMMAND-INJECTION
    }
}
