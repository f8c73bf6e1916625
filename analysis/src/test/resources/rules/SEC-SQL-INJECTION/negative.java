package fixture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

class Orders {
    private static final boolean LEGACY = false;

    void prepared(HttpServletRequest request, Connection conn) throws Exception {
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM orders WHERE id = ?");
        ps.setString(1, request.getParameter("id"));
        ps.executeQuery();
    }

    void parsed(HttpServletRequest request, Statement stmt) throws Exception {
        int id = Integer.parseInt(request.getParameter("id"));
        stmt.executeQuery("SELECT * FROM orders WHERE id = " + id);
    }

    void overwritten(HttpServletRequest request, Statement stmt) throws Exception {
        String sort = request.getParameter("sort");
        sort = "created_at";
        stmt.executeQuery("SELECT * FROM orders ORDER BY " + sort);
    }

    void deadBranch(HttpServletRequest request, Statement stmt) throws Exception {
        String filter = "1 = 1";
        if (LEGACY) {
            filter = request.getParameter("filter");
        }
        stmt.executeQuery("SELECT * FROM orders WHERE " + filter);
    }

    void allowListed(HttpServletRequest request, Statement stmt) throws Exception {
        String column = "name".equals(request.getParameter("sort")) ? "name" : "id";
        stmt.executeQuery("SELECT * FROM orders ORDER BY " + column);
    }

    void helperReturnsConstant(HttpServletRequest request, Statement stmt) throws Exception {
        stmt.executeQuery(table(request.getParameter("t")));
    }

    private String table(String requested) {
        return "SELECT * FROM orders";
    }
}
