package fixture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

class Orders {
    void load(Connection db, List<Long> ids) throws Exception {
        for (long id : ids) {
            PreparedStatement ps = db.prepareStatement("SELECT * FROM orders WHERE id = ?"); // expect: PERF-QUERY-IN-LOOP
            ps.setLong(1, id);
            ps.executeQuery(); // the same N+1 as the line above: reported once
        }
        ids.forEach(id -> jdbc.queryForObject("SELECT total FROM orders WHERE id = ?", Long.class, id)); // expect: PERF-QUERY-IN-LOOP
    }

    Jdbc jdbc;

    interface Jdbc {
        Object queryForObject(String sql, Class<?> type, Object arg);
    }
}
