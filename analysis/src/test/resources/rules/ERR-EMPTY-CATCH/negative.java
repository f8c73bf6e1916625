package fixture;

import java.sql.SQLException;

class Repo {
    String email(Db db) {
        try {
            return db.query();
        } catch (SQLException e) {
            throw new IllegalStateException("customer lookup failed", e);
        }
    }
}
