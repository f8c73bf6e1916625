import java.sql.ResultSet;
import java.sql.Statement;

/** A DAO: no request in sight, but its callers' data is concatenated into SQL. A point to review. */
class CustomerDao {
    private final Statement st;
    private String table = "customers";

    CustomerDao(Statement st) {
        this.st = st;
    }

    ResultSet byName(String name) throws Exception {
        return st.executeQuery("SELECT * FROM customers WHERE name = '" + name + "'"); // expect: SEC-SQL-INJECTION
    }

    ResultSet byCity(String city) throws Exception {
        String sql = "SELECT * FROM " + table + " WHERE city = '" + city + "'";
        return st.executeQuery(sql); // expect: SEC-SQL-INJECTION
    }
}
