package com.acme.orders.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Orders in the relational store. Every query is parameterised. */
public final class OrderRepository {
    private final ConnectionFactory connections;

    public OrderRepository(ConnectionFactory connections) {
        this.connections = connections;
    }

    /** Inserts a new order and returns its id. */
    public long insert(String customerId, BigDecimal total) throws SQLException {
        String sql = "INSERT INTO orders (customer_id, status, total, created_at) VALUES (?, 'NEW', ?, ?)";
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, customerId);
            ps.setBigDecimal(2, total);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The order with this id, if any. */
    public Optional<OrderRecord> find(long id) throws SQLException {
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM orders WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** A customer's orders, newest first. */
    public List<OrderRecord> byCustomer(String customerId, int limit) throws SQLException {
        String sql = "SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, customerId);
            ps.setInt(2, limit);
            List<OrderRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /** Orders by id, in the order asked for; missing ids are skipped. */
    public List<OrderRecord> findAll(List<Long> ids) throws SQLException {
        List<OrderRecord> out = new ArrayList<>();
        try (Connection c = connections.open()) {
            for (long id : ids) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM orders WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(map(rs));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Moves an order to a new status; false when it does not exist. */
    public boolean updateStatus(long id, String status) throws SQLException {
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static OrderRecord map(ResultSet rs) throws SQLException {
        return new OrderRecord(rs.getLong("id"), rs.getString("customer_id"), rs.getString("status"),
                rs.getBigDecimal("total"), rs.getTimestamp("created_at").toInstant());
    }
}
