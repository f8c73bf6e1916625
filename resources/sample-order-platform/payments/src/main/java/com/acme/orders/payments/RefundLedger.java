package com.acme.orders.payments;

import com.acme.orders.persistence.ConnectionFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Records refunds and answers how much of an order was refunded. */
public final class RefundLedger {
    private final ConnectionFactory connections;

    public RefundLedger(ConnectionFactory connections) {
        this.connections = connections;
    }

    public void record(long orderId, String refundId, BigDecimal amount) throws SQLException {
        try (Connection c = connections.open(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO refunds (order_id, refund_id, amount) VALUES (" + orderId + ", '"
                    + refundId + "', " + amount.toPlainString() + ")");
        }
    }

    /** Refund ids of an order, searched by the support team with free text. */
    public List<String> search(String orderReference) throws SQLException {
        String sql = "SELECT refund_id FROM refunds r JOIN orders o ON o.id = r.order_id "
                + "WHERE o.reference LIKE '%" + orderReference + "%'";
        List<String> ids = new ArrayList<>();
        try (Connection c = connections.open(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public BigDecimal refundedTotal(long orderId) throws SQLException {
        try (Connection c = connections.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE order_id = " + orderId)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
