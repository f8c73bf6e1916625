import java.sql.ResultSet;
import java.sql.Statement;

/** Fixed or counted values in SQL: nothing of unknown origin reaches the query. */
class ReportDao {
    private static final String TABLE = "orders";
    private final Statement st;

    ReportDao(Statement st) {
        this.st = st;
    }

    ResultSet recent(int days) throws Exception {
        String since = "now() - interval '7 days'";
        return st.executeQuery("SELECT * FROM " + TABLE + " WHERE created > " + since);
    }

    ResultSet count(java.util.List<String> ids) throws Exception {
        int n = ids.size();
        return st.executeQuery("SELECT * FROM orders LIMIT " + n);
    }
}
