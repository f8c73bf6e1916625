package labelled;

import java.io.File;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.directory.DirContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

class Injection {
    private static final boolean DEBUG = false;
    private JdbcTemplate jdbc;
    private final Path base = Paths.get("/srv");

    // ---- SQL ----
    void sql1(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery("SELECT * FROM t WHERE a = '" + request.getParameter("a") + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void sql2(@RequestParam String name) {
        jdbc.queryForList("SELECT * FROM users WHERE name = '" + name + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void sql3(@PathVariable String id) {
        String q = String.format("DELETE FROM t WHERE id = %s", id);
        jdbc.update(q); // vulnerable: SEC-SQL-INJECTION
    }

    void sql4(HttpServletRequest request, Connection conn) throws Exception {
        String col = request.getParameter("col");
        String sql = "SELECT " + col;
        sql += " FROM t";
        conn.createStatement().executeQuery(sql); // vulnerable: SEC-SQL-INJECTION
    }

    void sql5(HttpServletRequest request, Statement stmt) throws Exception {
        Map<String, String> m = new HashMap<>();
        m.put("w", request.getParameter("w"));
        stmt.execute("SELECT * FROM t WHERE " + m.get("w")); // vulnerable: SEC-SQL-INJECTION
    }

    void sql6(@RequestHeader String tenant, Statement stmt) throws Exception {
        String[] parts = new String[2];
        parts[0] = tenant;
        stmt.executeQuery("SELECT * FROM " + parts[0] + ".orders"); // vulnerable: SEC-SQL-INJECTION
    }

    void sql7(HttpServletRequest request, Statement stmt) throws Exception {
        String filter = request.getParameter("f");
        String where = filter.isEmpty() ? "1=1" : filter;
        stmt.executeQuery("SELECT * FROM t WHERE " + where); // vulnerable: SEC-SQL-INJECTION
    }

    void sql8(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(wrap(clause(request.getParameter("c")))); // vulnerable: SEC-SQL-INJECTION
    }

    private String clause(String c) {
        return "a = '" + c.trim() + "'";
    }

    private String wrap(String w) {
        return "SELECT * FROM t WHERE " + w;
    }

    void sqlSafe1(HttpServletRequest request, Connection conn) throws Exception {
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM t WHERE a = ?"); // safe: SEC-SQL-INJECTION
        ps.setString(1, request.getParameter("a"));
    }

    void sqlSafe2(@RequestParam String name) {
        jdbc.queryForList("SELECT * FROM users WHERE name = ?", name); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe2b(@RequestParam String name, ProgressChecklist checklist, SearchRequest request) {
        // "update"/"query" on receivers that are not database handles: their names merely end in "st"
        checklist.update("seen " + name); // safe: SEC-SQL-INJECTION
        request.query("name=" + name); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe3(@PathVariable String id, Statement stmt) throws Exception {
        long n = Long.parseLong(id);
        stmt.executeQuery("SELECT * FROM t WHERE id = " + n); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe4(HttpServletRequest request, Statement stmt) throws Exception {
        String sort = request.getParameter("sort");
        sort = "name";
        stmt.executeQuery("SELECT * FROM t ORDER BY " + sort); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe5(HttpServletRequest request, Statement stmt) throws Exception {
        String w = "1=1";
        if (DEBUG) {
            w = request.getParameter("w");
        }
        stmt.executeQuery("SELECT * FROM t WHERE " + w); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe6(HttpServletRequest request, Statement stmt) throws Exception {
        boolean asc = "asc".equals(request.getParameter("dir"));
        stmt.executeQuery("SELECT * FROM t ORDER BY a " + (asc ? "ASC" : "DESC")); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe7(HttpServletRequest request, Statement stmt) throws Exception {
        int size = request.getParameter("q").length();
        stmt.executeQuery("SELECT * FROM t LIMIT " + size); // safe: SEC-SQL-INJECTION
    }

    void sqlSafe8(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(constant(request.getParameter("x"))); // safe: SEC-SQL-INJECTION
    }

    private String constant(String ignored) {
        return "SELECT 1";
    }

    // ---- commands ----
    void cmd1(HttpServletRequest request) throws Exception {
        Runtime.getRuntime().exec("nslookup " + request.getParameter("host")); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmd2(@RequestParam String file) throws Exception {
        new ProcessBuilder("sh", "-c", "gzip " + file); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmd3(@RequestParam String file) throws Exception {
        List<String> args = new java.util.ArrayList<>();
        args.add("sh -c 'tar xf " + file + "'");
        new ProcessBuilder(args).start(); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmd4() throws Exception {
        Runtime.getRuntime().exec(System.getenv("HOOK")); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmdSafe1(@RequestParam int pid) throws Exception {
        Runtime.getRuntime().exec("kill " + pid); // safe: SEC-COMMAND-INJECTION
    }

    void cmdSafe2() throws Exception {
        Runtime.getRuntime().exec("uptime"); // safe: SEC-COMMAND-INJECTION
    }

    void cmdSafe3(HttpServletRequest request) throws Exception {
        String tool = "zip".equals(request.getParameter("t")) ? "zip" : "gzip";
        new ProcessBuilder(tool, "-9", "/tmp/out").start(); // safe: SEC-COMMAND-INJECTION
    }

    // ---- paths ----
    File path1(@RequestParam String name) {
        return new File("/srv/uploads/" + name); // vulnerable: SEC-PATH-TRAVERSAL
    }

    String path2(HttpServletRequest request) throws Exception {
        return Files.readString(base.resolve(request.getParameter("doc"))); // vulnerable: SEC-PATH-TRAVERSAL
    }

    FileReader path3(@RequestParam String name) throws Exception {
        return new FileReader(name); // vulnerable: SEC-PATH-TRAVERSAL
    }

    void path4(@RequestParam String name) throws Exception {
        Files.delete(Paths.get("/tmp", name)); // vulnerable: SEC-PATH-TRAVERSAL
    }

    File pathSafe1(@RequestParam String name) {
        String clean = Paths.get(name).getFileName().toString();
        return new File("/srv/uploads/" + clean); // safe: SEC-PATH-TRAVERSAL
    }

    File pathSafe2(@RequestParam long id) {
        return new File("/srv/uploads/" + id + ".pdf"); // safe: SEC-PATH-TRAVERSAL
    }

    File pathSafe3() {
        return new File("/srv/uploads/index.html"); // safe: SEC-PATH-TRAVERSAL
    }

    void pathSafe4(@RequestParam String name) throws Exception {
        Files.delete(Paths.get("/tmp", "fixed.txt")); // safe: SEC-PATH-TRAVERSAL
    }

    // ---- LDAP and XPath ----
    Object ldap1(@RequestParam String uid, DirContext ctx) throws Exception {
        return ctx.search("dc=acme", "(uid=" + uid + ")", null); // vulnerable: SEC-LDAP-INJECTION
    }

    Object ldap2(HttpServletRequest request, DirContext ctx) throws Exception {
        String mail = request.getParameter("mail");
        String filter = "(mail=" + mail + ")";
        return ctx.search("dc=acme", filter, null); // vulnerable: SEC-LDAP-INJECTION
    }

    Object ldapSafe1(@RequestParam String uid, DirContext ctx) throws Exception {
        return ctx.search("dc=acme", "(uid={0})", new Object[] {uid}, null); // safe: SEC-LDAP-INJECTION
    }

    Object ldapSafe2(DirContext ctx) throws Exception {
        return ctx.search("dc=acme", "(objectClass=person)", null); // safe: SEC-LDAP-INJECTION
    }

    Object xpath1(@RequestParam String user, XPath xpath, Object doc) throws Exception {
        return xpath.evaluate("//user[@name='" + user + "']", doc); // vulnerable: SEC-XPATH-INJECTION
    }

    Object xpath2(HttpServletRequest request, XPath xpath) throws Exception {
        return xpath.compile("//item[" + request.getParameter("i") + "]"); // vulnerable: SEC-XPATH-INJECTION
    }

    Object xpathSafe1(@RequestParam int index, XPath xpath) throws Exception {
        return xpath.compile("//item[" + index + "]"); // safe: SEC-XPATH-INJECTION
    }

    Object xpathSafe2(XPath xpath, Object doc) throws Exception {
        return xpath.evaluate("//user[@name=$name]", doc); // safe: SEC-XPATH-INJECTION
    }

    // ---- XSS and session ----
    void xss1(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.getWriter().print("<p>" + request.getParameter("msg") + "</p>"); // vulnerable: SEC-XSS
    }

    void xss2(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String q = request.getQueryString();
        response.getWriter().write("You searched for " + q); // vulnerable: SEC-XSS
    }

    void xssSafe1(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String msg = org.owasp.encoder.Encode.forHtml(request.getParameter("msg"));
        response.getWriter().print("<p>" + msg + "</p>"); // safe: SEC-XSS
    }

    void xssSafe2(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.getWriter().print("<p>" + request.getParameter("msg").length() + "</p>"); // safe: SEC-XSS
    }

    void session1(HttpServletRequest request) {
        request.getSession().setAttribute("user", request.getParameter("user")); // vulnerable: SEC-TRUST-BOUNDARY
    }

    void sessionSafe1(HttpServletRequest request) {
        request.getSession().setAttribute("user", request.getUserPrincipal()); // safe: SEC-TRUST-BOUNDARY
    }
}
