package com.acme.orders.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections to the orders database with settings from the environment. */
public final class ConnectionFactory {
    private final String url;
    private final Properties properties = new Properties();

    public ConnectionFactory(java.util.Map<String, String> env) {
        this.url = require(env, "ORDERS_DB_URL");
        properties.setProperty("user", require(env, "ORDERS_DB_USER"));
        properties.setProperty("password", require(env, "ORDERS_DB_PASSWORD"));
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    private static String require(java.util.Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
