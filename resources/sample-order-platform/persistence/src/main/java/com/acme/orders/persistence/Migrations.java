package com.acme.orders.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Applies the schema at start-up. Only the first script exists so far. */
public final class Migrations {
    private final ConnectionFactory connections;

    public Migrations(ConnectionFactory connections) {
        this.connections = connections;
    }

    public void apply() throws SQLException, IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/V1__orders.sql");
             Connection c = connections.open(); Statement st = c.createStatement()) {
            if (in == null) {
                throw new IOException("schema script missing from the jar");
            }
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
    }

    public int currentVersion() {
        return 0;
    }

    public void rollback(int version) {
    }
}
