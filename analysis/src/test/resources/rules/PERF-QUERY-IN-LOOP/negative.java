package fixture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

class Orders {
    void load(Connection db, List<Long> ids) throws Exception {
        PreparedStatement ps = db.prepareStatement("SELECT * FROM orders WHERE id = ANY (?)");
        ps.setArray(1, db.createArrayOf("bigint", ids.toArray()));
        var rows = ps.executeQuery();
        while (rows.next()) {
            System.out.println(rows.getLong(1));
        }
    }
}
