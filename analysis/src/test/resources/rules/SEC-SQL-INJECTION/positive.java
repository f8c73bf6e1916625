package fixture;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;

class Orders {
    void direct(HttpServletRequest request, Statement stmt) throws Exception {
        String id = request.getParameter("id");
        stmt.executeQuery("SELECT * FROM orders WHERE id = " + id); // expect: SEC-SQL-INJECTION
    }

    void built(HttpServletRequest request, Connection conn) throws Exception {
        StringBuilder sb = new StringBuilder("SELECT * FROM orders WHERE status = '");
        sb.append(request.getParameter("status")).append("'");
        conn.prepareStatement(sb.toString()); // expect: SEC-SQL-INJECTION
    }

    void annotated(@RequestParam String sort, Statement stmt) throws Exception {
        String order = sort.isEmpty() ? "id" : sort;
        stmt.execute("SELECT * FROM orders ORDER BY " + order); // expect: SEC-SQL-INJECTION
    }

    void throughCollection(HttpServletRequest request, Statement stmt) throws Exception {
        List<String> names = new ArrayList<>();
        names.add(request.getHeader("X-Customer"));
        String where = "name = '" + names.get(0) + "'";
        stmt.executeUpdate("DELETE FROM customers WHERE " + where); // expect: SEC-SQL-INJECTION
    }

    void throughHelper(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(query(request.getParameter("q"))); // expect: SEC-SQL-INJECTION
    }

    private String query(String term) {
        return "SELECT * FROM products WHERE name LIKE '%" + term + "%'";
    }

    void inLoop(HttpServletRequest request, Statement stmt) throws Exception {
        String sql = "SELECT 1";
        for (String v : request.getParameterValues("v")) {
            stmt.addBatch(sql); // expect: SEC-SQL-INJECTION
            sql = "INSERT INTO t VALUES ('" + v + "')";
        }
    }
}
