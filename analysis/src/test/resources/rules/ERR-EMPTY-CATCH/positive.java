package fixture;

import java.sql.SQLException;

class Repo {
    String email(Db db) {
        try {
            return db.query();
        } catch (SQLException e) { // expect: ERR-EMPTY-CATCH
        }
        try {
            return db.query();
        } catch (RuntimeException e) { // expect: ERR-EMPTY-CATCH
            // ignored
        }
        return null;
    }
}
