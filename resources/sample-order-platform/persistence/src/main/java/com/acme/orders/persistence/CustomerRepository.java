package com.acme.orders.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Customer master data. */
public final class CustomerRepository {
    private final ConnectionFactory connections;

    public CustomerRepository(ConnectionFactory connections) {
        this.connections = connections;
    }

    public Optional<String> emailOf(String customerId) {
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("SELECT email FROM customers WHERE id = ?")) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(rs.getString(1));
                }
            }
        } catch (SQLException e) {
        }
        return Optional.empty();
    }

    public void anonymise(String customerId) {
        throw new UnsupportedOperationException("GDPR erasure is not implemented yet");
    }
}
