package labelled;

import java.io.File;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import javax.naming.directory.DirContext;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.xml.xpath.XPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

class SpringAndJaxRs {
    private JdbcTemplate jdbcTemplate;
    private EntityManager em;
    private final Path uploads = Paths.get("/srv/uploads");
    private static final boolean LEGACY_SEARCH = false;

    // ---- SQL through JPA, JDBC templates and string building ----
    Object jpa1(@RequestParam String status) {
        return em.createQuery("SELECT o FROM Order o WHERE o.status = '" + status + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    Object jpa2(@PathParam("name") String name) {
        String jpql = "SELECT c FROM Customer c WHERE c.name LIKE '%" + name + "%'";
        return em.createNativeQuery(jpql); // vulnerable: SEC-SQL-INJECTION
    }

    Object jpa3(@QueryParam("sort") String sort) {
        StringBuilder q = new StringBuilder("SELECT o FROM Order o");
        q.append(" ORDER BY ").append(sort);
        return em.createQuery(q.toString()); // vulnerable: SEC-SQL-INJECTION
    }

    Object jpa4(@RequestBody Map<String, String> body) {
        return em.createQuery("SELECT o FROM Order o WHERE o.id = " + body.get("id")); // vulnerable: SEC-SQL-INJECTION
    }

    Object tpl1(@RequestParam String region) {
        return jdbcTemplate.queryForMap("SELECT * FROM regions WHERE code = '" + region + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void tpl2(@RequestParam List<String> ids) {
        String in = String.join(",", ids);
        jdbcTemplate.update("DELETE FROM carts WHERE id IN (" + in + ")"); // vulnerable: SEC-SQL-INJECTION
    }

    void tpl3(@CookieValue String tenant) {
        jdbcTemplate.execute("SET search_path TO " + tenant); // vulnerable: SEC-SQL-INJECTION
    }

    Object tpl4(HttpServletRequest request) {
        String q = Optional.ofNullable(request.getParameter("q")).orElse("");
        return jdbcTemplate.queryForList("SELECT * FROM products WHERE name = '" + q + "'"); // vulnerable: SEC-SQL-INJECTION
    }

    void jdbc1(HttpServletRequest request, Connection conn) throws Exception {
        String table = request.getHeader("X-Table").toLowerCase();
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("TRUNCATE " + table); // vulnerable: SEC-SQL-INJECTION
        }
    }

    void jdbc2(HttpServletRequest request, Connection conn) throws Exception {
        String[] fields = request.getParameterValues("f");
        StringJoiner cols = new StringJoiner(",");
        for (String f : fields) {
            cols.add(f);
        }
        conn.prepareStatement("SELECT " + cols + " FROM t"); // vulnerable: SEC-SQL-INJECTION
    }

    void jdbc3(HttpServletRequest request, Statement stmt) throws Exception {
        String where;
        if (request.getParameter("all") != null) {
            where = "1=1";
        } else {
            where = "owner = '" + request.getRemoteUser() + "'";
        }
        stmt.executeQuery("SELECT * FROM docs WHERE " + where); // vulnerable: SEC-SQL-INJECTION
    }

    void jdbc4(HttpServletRequest request, Statement stmt) throws Exception {
        String name = request.getParameter("name");
        String sql = buildLookup(name, 10);
        stmt.executeQuery(sql); // vulnerable: SEC-SQL-INJECTION
    }

    private String buildLookup(String name, int limit) {
        String base = "SELECT * FROM people WHERE name = '" + name + "'";
        return base + " LIMIT " + limit;
    }

    void jdbc5(Statement stmt) throws Exception {
        String schema = System.getenv("APP_SCHEMA");
        stmt.execute("CREATE TABLE " + schema + ".audit (id int)"); // vulnerable: SEC-SQL-INJECTION
    }

    Object jpaSafe1(@RequestParam String status) {
        return em.createQuery("SELECT o FROM Order o WHERE o.status = :s").setParameter("s", status); // safe: SEC-SQL-INJECTION
    }

    Object jpaSafe2(@PathVariable UUID id) {
        return em.createQuery("SELECT o FROM Order o WHERE o.id = '" + id + "'"); // safe: SEC-SQL-INJECTION
    }

    Object jpaSafe3(@RequestParam String sort) {
        String column = switch (sort) {
            case "date" -> "o.createdAt";
            default -> "o.id";
        };
        return em.createQuery("SELECT o FROM Order o ORDER BY o.id"); // safe: SEC-SQL-INJECTION
    }

    Object tplSafe1(@RequestParam String region) {
        return jdbcTemplate.queryForMap("SELECT * FROM regions WHERE code = ?", region); // safe: SEC-SQL-INJECTION
    }

    void tplSafe2(@RequestParam int days) {
        jdbcTemplate.update("DELETE FROM sessions WHERE age > " + days); // safe: SEC-SQL-INJECTION
    }

    Object tplSafe3(HttpServletRequest request) {
        boolean active = Boolean.parseBoolean(request.getParameter("active"));
        return jdbcTemplate.queryForList("SELECT * FROM users WHERE active = " + active); // safe: SEC-SQL-INJECTION
    }

    void jdbcSafe1(HttpServletRequest request, Connection conn) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE t SET a = ? WHERE id = ?")) { // safe: SEC-SQL-INJECTION
            ps.setString(1, request.getParameter("a"));
            ps.setLong(2, Long.parseLong(request.getParameter("id")));
            ps.executeUpdate(); // safe: SEC-SQL-INJECTION
        }
    }

    void jdbcSafe2(HttpServletRequest request, Statement stmt) throws Exception {
        String q = "SELECT * FROM t";
        if (LEGACY_SEARCH) {
            q = q + " WHERE a = '" + request.getParameter("a") + "'";
        }
        stmt.executeQuery(q); // safe: SEC-SQL-INJECTION
    }

    void jdbcSafe3(HttpServletRequest request, Statement stmt) throws Exception {
        String user = request.getParameter("user");
        stmt.executeQuery("SELECT count(*) FROM logins"); // safe: SEC-SQL-INJECTION
    }

    void jdbcSafe4(Statement stmt, List<String> tables) throws Exception {
        for (String t : tables) {
            stmt.executeQuery("SELECT count(*) FROM " + t); // safe: SEC-SQL-INJECTION
        }
    }

    void jdbcSafe5(HttpServletRequest request, Statement stmt) throws Exception {
        String page = request.getParameter("page");
        int offset = page == null ? 0 : Integer.parseInt(page) * 20;
        stmt.executeQuery("SELECT * FROM t OFFSET " + offset); // safe: SEC-SQL-INJECTION
    }

    void jdbcSafe6(HttpServletRequest request, Statement stmt) throws Exception {
        String order = request.getParameter("desc") != null ? "DESC" : "ASC";
        stmt.executeQuery("SELECT * FROM t ORDER BY id " + order); // safe: SEC-SQL-INJECTION
    }

    void jdbcSafe7(HttpServletRequest request, Statement stmt) throws Exception {
        String sql = sanitizedQuery(request.getParameter("n"));
        stmt.executeQuery(sql); // safe: SEC-SQL-INJECTION
    }

    private String sanitizedQuery(String n) {
        int limit = Integer.parseInt(n);
        return "SELECT * FROM t LIMIT " + limit;
    }

    // ---- commands ----
    void cmdA(@RequestParam String branch) throws Exception {
        Runtime.getRuntime().exec(new String[] {"sh", "-c", "git checkout " + branch}); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmdB(HttpServletRequest request) throws Exception {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command("bash", "-c", "convert " + request.getParameter("img")); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmdC(@RequestBody Map<String, String> job) throws Exception {
        String script = job.get("script");
        Runtime.getRuntime().exec(script); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmdD(HttpServletRequest request) throws Exception {
        String cmd = "ping -c 3 ";
        cmd += request.getParameter("target");
        Runtime.getRuntime().exec(cmd); // vulnerable: SEC-COMMAND-INJECTION
    }

    void cmdSafeA(@RequestParam String branch) throws Exception {
        if (!branch.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("bad branch");
        }
        new ProcessBuilder(List.of("git", "log", "-1")).start(); // safe: SEC-COMMAND-INJECTION
    }

    void cmdSafeB(@RequestParam long size) throws Exception {
        Runtime.getRuntime().exec("truncate -s " + size + " /tmp/f"); // safe: SEC-COMMAND-INJECTION
    }

    void cmdSafeC() throws Exception {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command("df", "-h"); // safe: SEC-COMMAND-INJECTION
    }

    void cmdSafeD(HttpServletRequest request) throws Exception {
        String fmt = "png".equals(request.getParameter("fmt")) ? "png" : "jpg";
        Runtime.getRuntime().exec(new String[] {"convert", "/tmp/in", "/tmp/out." + fmt}); // safe: SEC-COMMAND-INJECTION
    }

    // ---- paths ----
    void pathA(@RequestParam String name, byte[] data) throws Exception {
        Files.write(uploads.resolve(name), data); // vulnerable: SEC-PATH-TRAVERSAL
    }

    FileOutputStream pathB(HttpServletRequest request) throws Exception {
        String dir = request.getParameter("dir");
        return new FileOutputStream(new File(dir, "report.csv")); // vulnerable: SEC-PATH-TRAVERSAL
    }

    List<String> pathC(@PathVariable String log) throws Exception {
        return Files.readAllLines(Paths.get("/var/log/app", log)); // vulnerable: SEC-PATH-TRAVERSAL
    }

    File pathD(HttpServletRequest request) {
        File base = new File("/srv/static");
        return new File(base, request.getPathInfo()); // vulnerable: SEC-PATH-TRAVERSAL
    }

    Path pathE(@RequestParam String tenant) {
        Path dir = uploads.resolve(tenant); // vulnerable: SEC-PATH-TRAVERSAL
        return dir;
    }

    void pathSafeA(@RequestParam UUID id, byte[] data) throws Exception {
        Files.write(uploads.resolve(id + ".bin"), data); // safe: SEC-PATH-TRAVERSAL
    }

    List<String> pathSafeB(@PathVariable String log) throws Exception {
        String name = Paths.get(log).getFileName().toString();
        return Files.readAllLines(Paths.get("/var/log/app", name)); // safe: SEC-PATH-TRAVERSAL
    }

    File pathSafeC(@RequestParam String name) {
        return new File("/srv/static", "logo.png"); // safe: SEC-PATH-TRAVERSAL
    }

    Path pathSafeD(@RequestParam String kind) {
        String folder = "invoices".equals(kind) ? "invoices" : "receipts";
        return uploads.resolve(folder); // safe: SEC-PATH-TRAVERSAL
    }

    // ---- LDAP, XPath ----
    Object ldapA(@RequestParam String group, DirContext ldapContext) throws Exception {
        return ldapContext.search("ou=groups", "(cn=" + group + ")", null); // vulnerable: SEC-LDAP-INJECTION
    }

    Object ldapSafeA(DirContext ldapContext, String fixedGroup) throws Exception {
        return ldapContext.search("ou=groups", "(cn=" + fixedGroup + ")", null); // safe: SEC-LDAP-INJECTION
    }

    Object xpathA(HttpServletRequest request, XPath xPath, Object doc) throws Exception {
        String expr = "/accounts/account[name='" + request.getParameter("n") + "']";
        return xPath.evaluate(expr, doc); // vulnerable: SEC-XPATH-INJECTION
    }

    Object xpathSafeA(XPath xPath, Object doc) throws Exception {
        return xPath.evaluate("/accounts/account[1]", doc); // safe: SEC-XPATH-INJECTION
    }

    // ---- XSS ----
    void xssA(@RequestParam String q, HttpServletResponse response) throws Exception {
        response.getWriter().printf("<p>No results for %s</p>", q); // vulnerable: SEC-XSS
    }

    void xssB(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String ref = request.getHeader("Referer");
        response.getWriter().append("<a href='").append(ref).append("'>back</a>"); // vulnerable: SEC-XSS
    }

    void xssC(@RequestParam String name, HttpServletResponse response) throws Exception {
        response.getOutputStream().print("<b>" + name + "</b>"); // vulnerable: SEC-XSS
    }

    void xssSafeA(@RequestParam String name, HttpServletResponse response) throws Exception {
        response.getWriter().print("<b>" + org.springframework.web.util.HtmlUtils.htmlEscape(name) + "</b>"); // safe: SEC-XSS
    }

    void xssSafeB(@RequestParam int count, HttpServletResponse response) throws Exception {
        response.getWriter().print("<b>" + count + "</b>"); // safe: SEC-XSS
    }

    // ---- session ----
    void sessionA(HttpServletRequest request, HttpSession session) {
        session.setAttribute("cart", request.getParameter("cart")); // vulnerable: SEC-TRUST-BOUNDARY
    }

    void sessionSafeA(HttpServletRequest request, HttpSession session) {
        session.setAttribute("visits", Integer.parseInt(request.getParameter("v"))); // safe: SEC-TRUST-BOUNDARY
    }
}
